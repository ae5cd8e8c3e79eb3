package dev.parley.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.Localization;
import dev.parley.protocol.model.Reaction;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReactionSummaryTest {
    private static final Map<Long, String> NAMES = Map.of(1L, "Me", 2L, "Ania", 3L, "Tomek", 4L, "Ola", 5L, "Jan", 6L, "Ewa");
    private final Localization en = new Localization(Locale.ENGLISH);
    private final Localization pl = new Localization(Locale.forLanguageTag("pl"));

    private String tip(Localization i18n, int count, List<Long> users) {
        return i18n.get(ReactionSummary.tooltip(new Reaction("\uD83D\uDC4D", count, users, null), NAMES::get, 1,
                i18n.get("reaction.you"), i18n.locale()));
    }

    @Test
    void fewNames_areListed() {
        assertThat(tip(en, 1, List.of(2L))).isEqualTo("Ania");
        assertThat(tip(en, 2, List.of(2L, 3L))).isEqualTo("Ania and Tomek");
        assertThat(tip(en, 3, List.of(2L, 1L, 3L))).isEqualTo("You, Ania and Tomek");
        assertThat(tip(pl, 4, List.of(2L, 3L, 4L, 5L))).isEqualTo("Ania, Tomek, Ola i Jan");
    }

    @Test
    void manyNames_threeAndTheRestCounted() {
        assertThat(tip(en, 5, List.of(2L, 3L, 4L, 5L, 6L))).isEqualTo("Ania, Tomek, Ola and 2 others");
        assertThat(tip(en, 14, List.of(2L, 3L, 4L, 5L, 6L))).isEqualTo("Ania, Tomek, Ola and 11 others");
    }

    @Test
    void polish_othersInTheRightForm() {
        assertThat(tip(pl, 3, List.of(2L, 3L, 99L))).isEqualTo("Ania, Tomek i 1 inna osoba");
        assertThat(tip(pl, 5, List.of(2L, 3L, 4L, 5L, 6L))).isEqualTo("Ania, Tomek, Ola i 2 inne osoby");
        assertThat(tip(pl, 8, List.of(2L, 3L, 4L, 5L, 6L))).isEqualTo("Ania, Tomek, Ola i 5 innych osób");
        assertThat(tip(pl, 25, List.of(2L, 3L, 4L))).isEqualTo("Ania, Tomek, Ola i 22 inne osoby");
    }

    @Test
    void unknownNames_areCountedOnly() {
        assertThat(tip(en, 2, List.of(98L, 99L))).isEqualTo("2 people");
        assertThat(tip(pl, 5, List.of(98L, 99L))).isEqualTo("5 osób");
        assertThat(tip(en, 3, List.of(2L, 98L, 99L))).isEqualTo("Ania and 2 others");
    }
}
