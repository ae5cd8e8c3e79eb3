package dev.parley.protocol.model;

/**
 * The result of register, login and resume: the session token to resume with after a
 * reconnect (a secret: never logged, never shown) and the logged-in user.
 */
public record SessionInfo(String token, UserInfo user) {
    @Override
    public String toString() {
        return "SessionInfo[token=<redacted>, user=" + user + "]";
    }
}
