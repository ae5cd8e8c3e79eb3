package dev.parley.protocol.frame;

import dev.parley.protocol.model.MessageInfo;

/**
 * Pushed to a room's subscribers when a message is edited or deleted: the message as now stored
 * ({@code myVote} null: keep your own).
 */
public record MessageChanged(MessageInfo message) implements Push {
    public MessageChanged {
        dev.parley.protocol.Checks.required(message, "message");
    }
}
