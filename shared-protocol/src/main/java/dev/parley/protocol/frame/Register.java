package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.SessionInfo;

/**
 * Creates an account and logs it in. {@code displayName} is optional (defaults to the user
 * name). The username format and password policy are checked by the server, which answers
 * with specific codes.
 */
public record Register(String id, String username, String password, String displayName)
        implements Request<SessionInfo> {
    public Register {
        Checks.requestId(id);
        Checks.text(username, "username", Limits.MAX_SHORT_TEXT_LENGTH);
        Checks.text(password, "password", Limits.MAX_SHORT_TEXT_LENGTH * 2);
        if (displayName != null) {
            Checks.text(displayName, "displayName", Limits.MAX_DISPLAY_NAME_LENGTH);
        }
    }

    @Override
    public Class<SessionInfo> resultType() {
        return SessionInfo.class;
    }

    @Override
    public String toString() {
        return "Register[id=" + id + ", username=" + username + ", password=<redacted>]";
    }
}
