package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.SessionInfo;

/** Logs a new connection in with the token of an earlier login, so no password is resent. */
public record Resume(String id, String token) implements Request<SessionInfo> {
    public Resume {
        Checks.requestId(id);
        Checks.text(token, "token", Limits.MAX_TOKEN_LENGTH);
    }

    @Override
    public Class<SessionInfo> resultType() {
        return SessionInfo.class;
    }

    @Override
    public String toString() {
        return "Resume[id=" + id + ", token=<redacted>]";
    }
}
