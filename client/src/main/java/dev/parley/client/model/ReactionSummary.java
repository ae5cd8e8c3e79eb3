package dev.parley.client.model;

import dev.parley.client.i18n.Plurals;
import dev.parley.client.i18n.UiText;
import dev.parley.protocol.model.Reaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Who reacted, as a reaction chip's tooltip says it (spec M-12): "Ania", "Ania and Tomek",
 * "You, Ania and Tomek", and past {@link #NAMES} names "Ania, Tomek and 3 others". The server
 * lists the first ten reacting users and counts the rest; users whose names are not known yet
 * (still being fetched) are counted with the others. Polish needs three plural forms for
 * "others", chosen with {@link Plurals}.
 */
public final class ReactionSummary {
    /** Most names a tooltip lists before it counts the rest. */
    public static final int NAMES = 3;

    private ReactionSummary() {
    }

    /**
     * The tooltip text of {@code reaction}. {@code nameOf} gives a user's shown name or null when
     * unknown; {@code me} is written as {@code you} ("You"); {@code locale} picks the plural form.
     */
    public static UiText tooltip(Reaction reaction, LongFunction<String> nameOf, long me, String you, Locale locale) {
        List<String> names = new ArrayList<>();
        // The reader first, as chat apps do: "You, Ania and Tomek".
        if (reaction.users().contains(me)) {
            names.add(you);
        }
        for (long user : reaction.users()) {
            if (user == me) {
                continue;
            }
            String name = nameOf.apply(user);
            if (name != null && names.size() < NAMES + 1) {
                names.add(name);
            }
        }
        int others = reaction.count() - names.size();
        if (others > 0 && names.size() > NAMES) {
            // Four names and some more read worse than three and a count.
            names.remove(names.size() - 1);
            others++;
        }
        if (names.isEmpty()) {
            return UiText.of(switch (Plurals.of(locale, others)) {
                case ONE -> "reaction.people.one";
                case FEW -> "reaction.people.few";
                case MANY -> "reaction.people.many";
                case OTHER -> "reaction.people.other";
            }, others);
        }
        if (others <= 0) {
            return switch (names.size()) {
                case 1 -> UiText.of("reaction.who.1", names.get(0));
                case 2 -> UiText.of("reaction.who.2", names.get(0), names.get(1));
                case 3 -> UiText.of("reaction.who.3", names.get(0), names.get(1), names.get(2));
                default -> UiText.of("reaction.who.4", names.get(0), names.get(1), names.get(2), names.get(3));
            };
        }
        String listed = String.join(", ", names);
        return UiText.of(switch (Plurals.of(locale, others)) {
            case ONE -> "reaction.others.one";
            case FEW -> "reaction.others.few";
            case MANY -> "reaction.others.many";
            case OTHER -> "reaction.others.other";
        }, listed, others);
    }
}
