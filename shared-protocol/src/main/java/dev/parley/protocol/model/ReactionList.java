package dev.parley.protocol.model;

import java.util.List;

/** A message's reactions after a change. */
public record ReactionList(long room, long message, List<Reaction> reactions) {
    public ReactionList {
        reactions = List.copyOf(reactions);
    }
}
