package dev.parley.protocol.model;

/**
 * The result of register, login, guest login and resume: the session token to resume with
 * after a reconnect (a secret: never logged, never shown), the logged-in user and their
 * site-wide role.
 */
public record SessionInfo(String token, UserInfo user, Role role) {
    public SessionInfo {
        role = role == null ? Role.USER : role;
    }

    /** A session of a plain user. */
    public SessionInfo(String token, UserInfo user) {
        this(token, user, Role.USER);
    }

    @Override
    public String toString() {
        return "SessionInfo[token=<redacted>, user=" + user + ", role=" + role + "]";
    }
}
