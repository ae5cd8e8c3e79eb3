package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.UserInfo;

/**
 * Tells an admin who wrote an anonymous message, so they can act on abuse (spec M-7). Admins
 * only; written to the audit log.
 */
public record RevealAuthor(String id, Long message) implements Request<UserInfo> {
    public RevealAuthor {
        Checks.requestId(id);
        Checks.positiveId(message, "message");
    }

    @Override
    public Class<UserInfo> resultType() {
        return UserInfo.class;
    }
}
