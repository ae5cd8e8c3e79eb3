package dev.parley.protocol.model;

import java.util.List;

/**
 * One emoji reaction on a message: the emoji (one of {@link dev.parley.protocol.Limits#REACTIONS})
 * and who reacted with it, in the order they reacted. Reactions are not anonymous (votes are).
 */
public record Reaction(String emoji, List<Long> users) {
    public Reaction {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public int count() {
        return users.size();
    }
}
