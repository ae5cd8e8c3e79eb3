package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.MessageInfo;

/**
 * Replaces the text of one's own message with a new version (spec M-4); every version is kept.
 * Only the author; not on deleted messages; the room must still take messages. The reply is the
 * message as now stored; the room gets a {@code message_changed} push.
 */
public record EditMessage(String id, Long message, String text) implements Request<MessageInfo> {
    public EditMessage {
        Checks.requestId(id);
        Checks.positiveId(message, "message");
        Checks.required(text, "text");
    }

    @Override
    public Class<MessageInfo> resultType() {
        return MessageInfo.class;
    }
}
