package dev.parley.server.messages;

import dev.parley.protocol.Limits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @username} mentions in a message text (spec M-12): an {@code @} at the start or
 * after anything but a letter or digit (so {@code ann@example.com} mentions nobody), then a user
 * name, ignoring case. A name may end in {@code .}, {@code -} or {@code _}, so "thanks
 * {@code @tomek.}" tries {@code tomek.} first and then {@code tomek}. Parsing needs no database;
 * {@link #pick} then keeps the names that exist, at most {@link Limits#MAX_MENTIONS} users.
 */
final class MentionParser {
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}])@([A-Za-z0-9][A-Za-z0-9._-]*)");
    /** Most {@code @names} looked up per message; a text full of them costs one bounded query. */
    static final int MAX_NAMES = 5 * Limits.MAX_MENTIONS;

    private MentionParser() {
    }

    /** Each {@code @name} in text order, as its possible user names (longest first, lower case). */
    static List<List<String>> candidates(String text) {
        List<List<String>> found = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            return found;
        }
        Matcher m = MENTION.matcher(text);
        Set<String> seen = new LinkedHashSet<>();
        while (m.find() && seen.size() < MAX_NAMES) {
            String name = m.group(1).toLowerCase(Locale.ROOT);
            List<String> forms = new ArrayList<>(2);
            addIfUsername(forms, name);
            String stripped = name.replaceAll("[._-]+$", "");
            if (!stripped.equals(name)) {
                addIfUsername(forms, stripped);
            }
            if (!forms.isEmpty() && seen.add(String.join(" ", forms))) {
                found.add(forms);
            }
        }
        return found;
    }

    /** Every distinct name to look up. */
    static Set<String> names(List<List<String>> candidates) {
        Set<String> names = new LinkedHashSet<>();
        candidates.forEach(names::addAll);
        return names;
    }

    /** The users mentioned, in text order, once each, at most {@link Limits#MAX_MENTIONS}. */
    static List<Long> pick(List<List<String>> candidates, Map<String, Long> existing) {
        Set<Long> users = new LinkedHashSet<>();
        for (List<String> forms : candidates) {
            for (String form : forms) {
                Long id = existing.get(form);
                if (id != null) {
                    users.add(id);
                    break;
                }
            }
            if (users.size() == Limits.MAX_MENTIONS) {
                break;
            }
        }
        return List.copyOf(users);
    }

    private static void addIfUsername(List<String> forms, String name) {
        if (name.length() >= Limits.MIN_USERNAME_LENGTH && name.length() <= Limits.MAX_USERNAME_LENGTH) {
            forms.add(name);
        }
    }
}
