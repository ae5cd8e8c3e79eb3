package dev.parley.server.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Limits;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionParserTest {
    @Test
    void candidates_areNamesAfterAnAt_atTheStartOrAfterNonLetters_lowerCased() {
        assertThat(MentionParser.candidates("@Ania, (@bob) hi@carol mail x@y.com @ @a"))
                .containsExactly(List.of("ania"), List.of("bob"));
    }

    @Test
    void aNameEndingInPunctuation_triesTheWholeNameFirst_thenWithoutIt() {
        assertThat(MentionParser.candidates("thanks @tomek.")).containsExactly(List.of("tomek.", "tomek"));
        Map<String, Long> existing = Map.of("tomek", 9L);
        assertThat(MentionParser.pick(MentionParser.candidates("thanks @tomek."), existing)).containsExactly(9L);
        assertThat(MentionParser.pick(MentionParser.candidates("thanks @tomek."), Map.of("tomek.", 8L, "tomek", 9L)))
                .containsExactly(8L);
    }

    @Test
    void pick_keepsExistingUsers_onceEach_inTextOrder_atMostTheLimit() {
        StringBuilder text = new StringBuilder("@zed @ann @zed @ghost ");
        Map<String, Long> existing = new HashMap<>(Map.of("zed", 3L, "ann", 1L));
        for (int i = 0; i < 30; i++) {
            text.append("@user").append(i).append(' ');
            existing.put("user" + i, 100L + i);
        }
        List<Long> picked = MentionParser.pick(MentionParser.candidates(text.toString()), existing);
        assertThat(picked).hasSize(Limits.MAX_MENTIONS).startsWith(3L, 1L, 100L).doesNotHaveDuplicates();
    }

    @Test
    void aTextWithoutAnAt_orOnlyTooShortOrTooLongNames_hasNoCandidates() {
        assertThat(MentionParser.candidates("no mentions here")).isEmpty();
        assertThat(MentionParser.candidates("@ab @" + "x".repeat(33))).isEmpty();
    }

    @Test
    void namesLookedUp_areBounded_evenForATextFullOfThem() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append("@name").append(i).append(' ');
        }
        assertThat(MentionParser.names(MentionParser.candidates(text.toString()))).hasSize(MentionParser.MAX_NAMES);
    }
}
