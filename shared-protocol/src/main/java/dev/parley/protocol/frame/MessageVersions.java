package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.MessageHistory;

/**
 * Every version of a message with its time (spec M-4), for anyone who may read its room. A
 * deleted message's versions are shown to admins only (spec M-5: content kept for moderation).
 */
public record MessageVersions(String id, Long message) implements Request<MessageHistory> {
    public MessageVersions {
        Checks.requestId(id);
        Checks.positiveId(message, "message");
    }

    @Override
    public Class<MessageHistory> resultType() {
        return MessageHistory.class;
    }
}
