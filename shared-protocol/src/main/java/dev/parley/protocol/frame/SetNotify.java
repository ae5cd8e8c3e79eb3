package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.ConversationState;

/**
 * Switches notifications for {@code room} on or off for the caller (spec A-4), stored on the
 * server. The result is the new state; the caller's other connections get a
 * {@code conversation} push.
 */
public record SetNotify(String id, Long room, Boolean on) implements Request<ConversationState> {
    public SetNotify {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        Checks.required(on, "on");
    }

    @Override
    public Class<ConversationState> resultType() {
        return ConversationState.class;
    }
}
