package dev.parley.server.messages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a set of messages carries besides their own row: mentions, reaction tallies, quoted
 * messages, and one reader's own votes and reactions. Loaded for a whole page at once by
 * {@link ExtrasLoader}, or put together by the write that just changed a message.
 */
final class Extras {
    private final Map<Long, List<Long>> mentions = new HashMap<>();
    private final Map<Long, List<Tally>> reactions = new HashMap<>();
    private final Map<Long, Set<String>> mine = new HashMap<>();
    private final Map<Long, Integer> votes = new HashMap<>();
    private final Map<Long, Quoted> quotes = new HashMap<>();

    List<Long> mentions(long message) {
        return mentions.getOrDefault(message, List.of());
    }

    /** Tallies in the order of {@link dev.parley.protocol.Limits#REACTIONS}. */
    List<Tally> reactions(long message) {
        return reactions.getOrDefault(message, List.of());
    }

    /** The emoji the reader reacted with. */
    Set<String> mine(long message) {
        return mine.getOrDefault(message, Set.of());
    }

    /** The reader's vote (-1 or 1), or null. */
    Integer vote(long message) {
        return votes.get(message);
    }

    /** The quoted message of that id, or null. */
    Quoted quote(long quotedId) {
        return quotes.get(quotedId);
    }

    Extras mentions(long message, List<Long> users) {
        if (!users.isEmpty()) {
            mentions.put(message, List.copyOf(users));
        }
        return this;
    }

    Extras reactions(long message, List<Tally> tallies) {
        if (!tallies.isEmpty()) {
            reactions.put(message, List.copyOf(tallies));
        }
        return this;
    }

    Extras mine(long message, Set<String> emoji) {
        if (!emoji.isEmpty()) {
            mine.put(message, Set.copyOf(emoji));
        }
        return this;
    }

    Extras vote(long message, int value) {
        if (value != 0) {
            votes.put(message, value);
        }
        return this;
    }

    Extras quote(Quoted quoted) {
        if (quoted != null) {
            quotes.put(quoted.id(), quoted);
        }
        return this;
    }
}
