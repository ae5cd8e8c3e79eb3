package dev.parley.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserColorsTest {

    @Test
    void sanitize_keepsValidHexInLowerCase() {
        assertThat(UserColors.sanitize("#A1b2C3")).isEqualTo("#a1b2c3");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"red", "#fff", "#12345g", "#1234567", "#123456; -fx-background-image: url(x)", " #123456"})
    void sanitize_fallsBackForAnythingButRrggbb(String color) {
        assertThat(UserColors.sanitize(color)).isEqualTo(UserColors.FALLBACK);
    }
}
