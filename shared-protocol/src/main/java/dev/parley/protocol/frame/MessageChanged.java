package dev.parley.protocol.frame;

import dev.parley.protocol.model.MessageInfo;

/**
 * Pushed to a room's subscribers (but the connection that made the change) when a message is
 * edited or deleted: the message as now stored, as everyone but its author sees it (the author's
 * other connections get their own copy, with {@code author}). {@code myVote} and the reactions'
 * {@code mine} are absent: votes and reactions change only through {@code score} and
 * {@code reactions} pushes, so keep your own.
 */
public record MessageChanged(MessageInfo message) implements Push {
    public MessageChanged {
        dev.parley.protocol.Checks.required(message, "message");
    }
}
