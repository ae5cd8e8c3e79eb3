package dev.parley.server.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import org.junit.jupiter.api.Test;

/** The text rules of a message: length in code points, blanks, line breaks, control characters. */
class MessageTextTest {
    @Test
    void lengthCountsCodePoints_notUtf16Units() {
        String emoji = "😀".repeat(4000);
        assertThat(MessagesService.checkText(emoji)).isEqualTo(emoji);
        assertThatThrownBy(() -> MessagesService.checkText(emoji + "😀"))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TEXT_TOO_LONG));
    }

    @Test
    void lineBreaksAreNormalized_andTabsKept() {
        assertThat(MessagesService.checkText("a\r\nb\rc\td")).isEqualTo("a\nb\nc\td");
    }

    @Test
    void blankText_isRefused() {
        assertThatThrownBy(() -> MessagesService.checkText(" \n\t "))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.TEXT_EMPTY));
    }

    @Test
    void controlCharacters_areRefused() {
        assertThatThrownBy(() -> MessagesService.checkText("bell\u0007"))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_FIELD));
        assertThatThrownBy(() -> MessagesService.checkText("esc\u001b[31m"))
                .isInstanceOf(ParleyException.class);
    }
}
