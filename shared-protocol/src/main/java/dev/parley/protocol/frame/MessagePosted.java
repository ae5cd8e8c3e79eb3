package dev.parley.protocol.frame;

import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserInfo;

/** Pushed to a room's subscribers when a message is stored there, with its author for display. */
public record MessagePosted(MessageInfo message, UserInfo author) implements Push {
    public MessagePosted {
        dev.parley.protocol.Checks.required(message, "message");
    }
}
