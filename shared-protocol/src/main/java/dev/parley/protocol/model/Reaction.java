package dev.parley.protocol.model;

import java.util.List;

/**
 * One emoji reaction on a message (spec M-12): the emoji (one of
 * {@link dev.parley.protocol.Limits#REACTIONS}), how many users reacted with it, the ids of up to
 * {@link dev.parley.protocol.Limits#MAX_REACTION_USERS} of them in the order they reacted (for
 * "who reacted" on hover; the rest are only counted, so a popular message stays small), and
 * {@code mine}: true when the reader is one of them. {@code mine} is absent (null) when false and
 * in pushes, which are the same for every reader. Reactions are not anonymous (votes are).
 */
public record Reaction(String emoji, int count, List<Long> users, Boolean mine) {
    public Reaction {
        users = users == null ? List.of() : List.copyOf(users);
        mine = Boolean.TRUE.equals(mine) ? Boolean.TRUE : null;
    }

    /** Whether the reader reacted with this emoji (not {@code isMine}: Jackson would take it for {@code mine}). */
    public boolean byReader() {
        return Boolean.TRUE.equals(mine);
    }

    /** The same reaction without the reader-specific {@code mine}. */
    public Reaction shared() {
        return mine == null ? this : new Reaction(emoji, count, users, null);
    }
}
