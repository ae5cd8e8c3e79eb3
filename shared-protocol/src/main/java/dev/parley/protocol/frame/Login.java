package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.SessionInfo;

/** Logs in with a password; the result carries the session token for later {@link Resume}. */
public record Login(String id, String username, String password) implements Request<SessionInfo> {
    public Login {
        Checks.requestId(id);
        Checks.text(username, "username", Limits.MAX_SHORT_TEXT_LENGTH);
        Checks.text(password, "password", Limits.MAX_SHORT_TEXT_LENGTH * 2);
    }

    @Override
    public Class<SessionInfo> resultType() {
        return SessionInfo.class;
    }

    @Override
    public String toString() {
        return "Login[id=" + id + ", username=" + username + ", password=<redacted>]";
    }
}
