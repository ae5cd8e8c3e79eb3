package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.Localization;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** The title count and the totals, without a toolkit (no tray, no taskbar: headless). */
class AttentionIndicatorsTest {
    private final Localization i18n = new Localization(Locale.ENGLISH);
    private final AttentionIndicators indicators = new AttentionIndicators(i18n, Optional.empty(), TaskbarBadge.none());

    @Test
    void title_putsTheUnreadCountInFront_andNothingWhenAllIsRead() {
        assertThat(AttentionIndicators.title(i18n, 3, "Parley \u2014 #general")).isEqualTo("(3) Parley \u2014 #general");
        assertThat(AttentionIndicators.title(i18n, 0, "Parley")).isEqualTo("Parley");
    }

    @Test
    void title_writesTheCountInTheLocalesDigits() {
        Localization polish = new Localization(Locale.forLanguageTag("pl"));

        assertThat(AttentionIndicators.title(i18n, 1234, "Parley")).isEqualTo("(1,234) Parley");
        assertThat(AttentionIndicators.title(polish, 1234, "Parley"))
                .isEqualTo("(" + NumberFormat.getIntegerInstance(Locale.forLanguageTag("pl")).format(1234) + ") Parley");
    }

    @Test
    void windowTitle_followsTheCountTheBaseAndTheLanguage() {
        SimpleStringProperty base = new SimpleStringProperty("Parley");
        StringBinding title = indicators.windowTitle(base);

        indicators.update(2, false);
        assertThat(title.get()).isEqualTo("(2) Parley");
        base.set("Parley \u2014 #random");
        assertThat(title.get()).isEqualTo("(2) Parley \u2014 #random");
        indicators.update(0, false);
        assertThat(title.get()).isEqualTo("Parley \u2014 #random");
    }

    @Test
    void update_mentionCountsOnlyWhileSomethingIsUnread() {
        indicators.update(0, true);
        assertThat(indicators.mentionProperty().get()).isFalse();

        indicators.update(4, true);
        assertThat(indicators.unreadProperty().get()).isEqualTo(4);
        assertThat(indicators.mentionProperty().get()).isTrue();
    }

    @Test
    void update_negativeCount_isZero() {
        indicators.update(-3, false);

        assertThat(indicators.unreadProperty().get()).isZero();
    }

    @Test
    void trayTooltip_saysHowManyAreUnread() {
        assertThat(AttentionIndicators.trayTooltip(i18n, 0)).isEqualTo("Parley");
        assertThat(AttentionIndicators.trayTooltip(i18n, 5)).isEqualTo("Parley: 5 unread");
    }
}
