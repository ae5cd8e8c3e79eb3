package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NotificationTextTest {

    @Test
    void plain_dropsControlAndBidiCharacters_andTidiesBlanks() {
        String text = "  Hi\tthere\u0007  you\r\n\r\n\r\n\u202Eevil\u202C\u0000 end  ";

        assertThat(NotificationText.plain(text)).isEqualTo("Hi there you\n\nevil end");
    }

    @Test
    void plain_keepsSingleLineBreaksAndEmojiSequences() {
        String family = "\uD83D\uDC69\u200D\uD83D\uDC67";

        assertThat(NotificationText.plain("one\ntwo " + family)).isEqualTo("one\ntwo " + family);
    }

    @Test
    void oneLine_turnsLineBreaksIntoSpaces() {
        assertThat(NotificationText.oneLine("Ania\n\nin\n#general")).isEqualTo("Ania in #general");
    }

    @Test
    void shorten_shortText_isUnchanged() {
        assertThat(NotificationText.shorten("hello", 5)).isEqualTo("hello");
    }

    @Test
    void shorten_countsCodePoints_andNeverSplitsASurrogatePair() {
        String emoji = "\uD83D\uDE00";

        String cut = NotificationText.shorten(emoji.repeat(10), 4);

        assertThat(cut).isEqualTo(emoji.repeat(3) + "\u2026");
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(4);
    }

    @Test
    void shorten_prefersAWordBreakNearTheLimit() {
        String text = "The quick brown fox jumps over the lazy dog";

        assertThat(NotificationText.shorten(text, 22)).isEqualTo("The quick brown fox\u2026");
    }

    @Test
    void shorten_oneLongWord_isCutAtTheLimit() {
        assertThat(NotificationText.shorten("x".repeat(50), 10)).isEqualTo("x".repeat(9) + "\u2026");
    }

    @Test
    void shorten_limitBelowOne_isRefused() {
        assertThatThrownBy(() -> NotificationText.shorten("x", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }

    @Test
    void escapeMarkup_escapesAmpersandAndAngleBrackets_only() {
        assertThat(NotificationText.escapeMarkup("<b>Tom & \"Jerry\"</b> 'x' > y"))
                .isEqualTo("&lt;b&gt;Tom &amp; \"Jerry\"&lt;/b&gt; 'x' &gt; y");
    }

    @Test
    void notification_normalizesSummaryToOneLineAndBodyTo200CodePoints() {
        Notification n = new Notification(1, 2, "Ania\nin #general", "word ".repeat(100));

        assertThat(n.summary()).isEqualTo("Ania in #general");
        assertThat(n.body().codePointCount(0, n.body().length())).isLessThanOrEqualTo(Notification.BODY_LIMIT);
        assertThat(n.body()).startsWith("word word").endsWith("word\u2026");
    }

    @Test
    void notification_isStableUnderRenormalization() {
        Notification n = new Notification(1, 2, "s", "\uD83D\uDE00".repeat(500));

        assertThat(new Notification(1, 2, n.summary(), n.body())).isEqualTo(n);
    }
}
