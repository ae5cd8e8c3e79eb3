package dev.parley.server.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.FrameCodec;
import dev.parley.protocol.Json;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.ReplyQuote;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page budget's estimate is an upper bound of the real encoding, and not a wild one. */
class PageBudgetTest {
    private static final long BIG = Long.MAX_VALUE;

    /** Bytes on the wire: frames are encoded to a String (as FrameCodec does), sent as UTF-8. */
    private static int encoded(Object value) throws Exception {
        return dev.parley.protocol.Utf8.length(Json.mapper().writeValueAsString(value));
    }

    private static MessageInfo message(String text, String quote, String name, int reactionUsers, int mentions) {
        List<Reaction> reactions = new ArrayList<>();
        for (String emoji : Limits.REACTIONS) {
            List<Long> users = new ArrayList<>();
            for (int i = 0; i < reactionUsers; i++) {
                users.add(BIG - i);
            }
            reactions.add(new Reaction(emoji, Integer.MAX_VALUE, users, true));
        }
        List<Long> mentioned = new ArrayList<>();
        for (int i = 0; i < mentions; i++) {
            mentioned.add(BIG - i);
        }
        Attachment attachment = name == null ? null : new Attachment("f".repeat(64), "picture", name, BIG, "image/jpeg",
                Integer.MAX_VALUE, Integer.MIN_VALUE, "e".repeat(64));
        ReplyQuote replyTo = quote == null ? null : new ReplyQuote(BIG, BIG, quote, null, name);
        Instant time = Instant.parse("2026-11-22T10:15:30.123456789Z");
        return new MessageInfo(BIG, BIG, BIG, text, time, time, null, true, Integer.MIN_VALUE, -1, replyTo, reactions,
                attachment, mentioned);
    }

    @Test
    void message_estimate_isAtLeastTheEncodedSize_forTheWorstContent() throws Exception {
        String[] texts = {"", "plain text", "\"".repeat(4000), "\\".repeat(4000), "\n\t".repeat(2000),
                "😀".repeat(4000), "é".repeat(4000), "\u2028".repeat(4000)};
        for (String text : texts) {
            for (MessageInfo m : List.of(message(text, null, null, 0, 0),
                    message(text, text.substring(0, Math.min(text.length(), 200)), "\"".repeat(255), 10, 20),
                    message(text, "", "😀".repeat(255), 1, 1))) {
                assertThat(PageBudget.message(m)).as("estimate for %s", Json.mapper().writeValueAsString(m))
                        .isGreaterThanOrEqualTo(encoded(m));
            }
        }
        MessageInfo tombstone = new MessageInfo(BIG, BIG, null, null, Instant.EPOCH, null, true, true, -5, null, null,
                null, null, null);
        assertThat(PageBudget.message(tombstone)).isGreaterThanOrEqualTo(encoded(tombstone));
    }

    @Test
    void message_estimate_ofATypicalMessage_isNotFarAboveItsSize() throws Exception {
        MessageInfo m = new MessageInfo(121, 1, 42L, "Forecast: 12 °C, light rain ☔ ".repeat(100), Instant.now(), null,
                null, null, 1, 1, null, List.of(), null, List.of());
        assertThat(PageBudget.message(m)).isLessThan(encoded(m) + 400);
    }

    @Test
    void user_estimate_isAtLeastTheEncodedSize() throws Exception {
        UserInfo u = new UserInfo(BIG, "u".repeat(32), "\"😀".repeat(64), "#2a7ab0", "\\".repeat(100), "a".repeat(64));
        assertThat(PageBudget.user(u)).isGreaterThanOrEqualTo(encoded(u));
        UserInfo plain = new UserInfo(7, "ania", "Ania", "#c0392b");
        assertThat(PageBudget.user(plain)).isGreaterThanOrEqualTo(encoded(plain)).isLessThan(encoded(plain) + 120);
    }

    @Test
    void theCodecWritesTextAsTheBudgetCountsIt() {
        // the budget assumes raw UTF-8 for non-ASCII: a codec that escaped it would need a larger bound
        String encoded = new FrameCodec().encode(new dev.parley.protocol.frame.MessageChanged(
                message("😀é", null, null, 0, 0)));
        assertThat(encoded).contains("😀é");
    }
}
