package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.ConversationState;

/**
 * Marks {@code room} read up to and including {@code message} (spec A-1), which must be a message
 * of that room ({@code message_not_found} otherwise). The marker only moves forward: an older id
 * changes nothing. The result is the new state; the caller's other
 * connections get a {@code conversation} push, so read state follows the user.
 */
public record MarkRead(String id, Long room, Long message) implements Request<ConversationState> {
    public MarkRead {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        Checks.positiveId(message, "message");
    }

    @Override
    public Class<ConversationState> resultType() {
        return ConversationState.class;
    }
}
