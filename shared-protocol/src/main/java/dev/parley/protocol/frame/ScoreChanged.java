package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;

/**
 * Pushed to a room's subscribers when a message's vote sum changes: the new {@code score}, never
 * who voted (spec M-6). {@code myVote} (-1, 0 or 1) is present only in the copy sent to the
 * voter's own other connections, so a user's devices agree on their vote; the other copies are
 * the same for every reader.
 */
public record ScoreChanged(Long room, Long message, Integer score, Integer myVote) implements Push {
    public ScoreChanged {
        Checks.required(room, "room");
        Checks.required(message, "message");
        Checks.required(score, "score");
    }
}
