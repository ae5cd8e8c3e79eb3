package dev.parley.protocol.frame;


/**
 * Pushed to a room's subscribers when a message's vote sum changes. {@code myVote} is present only
 * in the copy sent to the voter's own connections; nobody learns who voted.
 */
public record ScoreChanged(Long room, Long message, Integer score, Integer myVote) implements Push {
    public ScoreChanged {
        dev.parley.protocol.Checks.required(room, "room");
        dev.parley.protocol.Checks.required(message, "message");
        dev.parley.protocol.Checks.required(score, "score");
    }
}
