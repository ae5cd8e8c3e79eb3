package dev.parley.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The counted UTF-8 size equals the encoded size, for every width of character. */
class Utf8Test {
    @ParameterizedTest
    @ValueSource(strings = {"", "plain ascii", "zażółć gęślą jaźń", "€ and ✓", "😀 emoji 😀😀", "mixed a é € 😀"})
    void length_matchesEncodedBytes(String text) {
        int encoded = text.getBytes(StandardCharsets.UTF_8).length;
        assertThat(Utf8.length(text)).isEqualTo(encoded);
        assertThat(Utf8.fits(text, encoded)).isTrue();
        if (encoded > 0) {
            assertThat(Utf8.fits(text, encoded - 1)).isFalse();
        }
    }
}
