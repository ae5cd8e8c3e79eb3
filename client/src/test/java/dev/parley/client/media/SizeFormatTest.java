package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.Localization;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SizeFormatTest {
    private final Localization english = new Localization(Locale.ENGLISH);
    private final Localization polish = new Localization(Locale.forLanguageTag("pl"));

    @Test
    void format_inEnglish_usesDecimalUnitsAndOneDecimal() {
        assertThat(SizeFormat.format(english, 0)).isEqualTo("0 B");
        assertThat(SizeFormat.format(english, 999)).isEqualTo("999 B");
        assertThat(SizeFormat.format(english, 1000)).isEqualTo("1 kB");
        assertThat(SizeFormat.format(english, 14_249)).isEqualTo("14.2 kB");
        assertThat(SizeFormat.format(english, 1_400_000)).isEqualTo("1.4 MB");
        assertThat(SizeFormat.format(english, 25_000_000)).isEqualTo("25 MB");
        assertThat(SizeFormat.format(english, 3_210_000_000L)).isEqualTo("3.2 GB");
    }

    @Test
    void format_justBelowAUnit_roundsIntoTheNextUnit() {
        assertThat(SizeFormat.format(english, 999_960)).isEqualTo("1 MB");
    }

    @Test
    void format_inPolish_usesTheDecimalComma() {
        assertThat(SizeFormat.format(polish, 1_400_000)).isEqualTo("1,4 MB");
        assertThat(SizeFormat.format(polish, 512)).isEqualTo("512 B");
    }
}
