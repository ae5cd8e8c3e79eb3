package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.MessageInfo;

/**
 * Deletes a message, leaving a tombstone (spec M-5). The author, or the room's owner and
 * moderators, or an admin; a deletion by someone other than the author is written to the audit
 * log. The content stays stored. The reply is the tombstone; the room gets {@code message_changed}.
 */
public record DeleteMessage(String id, Long message) implements Request<MessageInfo> {
    public DeleteMessage {
        Checks.requestId(id);
        Checks.positiveId(message, "message");
    }

    @Override
    public Class<MessageInfo> resultType() {
        return MessageInfo.class;
    }
}
