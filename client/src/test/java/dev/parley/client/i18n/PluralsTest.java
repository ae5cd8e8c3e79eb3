package dev.parley.client.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.Plurals.Category;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PluralsTest {
    private static final Locale PL = Locale.forLanguageTag("pl");

    @Test
    void english_oneAndOther() {
        assertThat(Plurals.of(Locale.ENGLISH, 1)).isEqualTo(Category.ONE);
        assertThat(Plurals.of(Locale.ENGLISH, 0)).isEqualTo(Category.OTHER);
        assertThat(Plurals.of(Locale.ENGLISH, 2)).isEqualTo(Category.OTHER);
        assertThat(Plurals.of(Locale.ENGLISH, 21)).isEqualTo(Category.OTHER);
    }

    @Test
    void polish_oneFewMany() {
        assertThat(Plurals.of(PL, 1)).isEqualTo(Category.ONE);
        assertThat(Plurals.of(PL, 2)).isEqualTo(Category.FEW);
        assertThat(Plurals.of(PL, 4)).isEqualTo(Category.FEW);
        assertThat(Plurals.of(PL, 5)).isEqualTo(Category.MANY);
        assertThat(Plurals.of(PL, 12)).isEqualTo(Category.MANY);
        assertThat(Plurals.of(PL, 14)).isEqualTo(Category.MANY);
        assertThat(Plurals.of(PL, 22)).isEqualTo(Category.FEW);
        assertThat(Plurals.of(PL, 0)).isEqualTo(Category.MANY);
        assertThat(Plurals.of(PL, 21)).isEqualTo(Category.MANY);
        assertThat(Plurals.of(PL, 112)).isEqualTo(Category.MANY);
        assertThat(Plurals.of(PL, 104)).isEqualTo(Category.FEW);
    }
}
