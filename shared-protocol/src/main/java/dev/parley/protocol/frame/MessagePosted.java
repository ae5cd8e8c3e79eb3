package dev.parley.protocol.frame;

import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserInfo;

/**
 * Pushed to a room's subscribers when a message is stored there, with its author for display.
 * For an anonymous message neither {@code message.author} nor {@code author} is present, except
 * in the copy sent to the author's own other connections (spec M-7).
 */
public record MessagePosted(MessageInfo message, UserInfo author) implements Push {
    public MessagePosted {
        dev.parley.protocol.Checks.required(message, "message");
    }
}
