package dev.parley.server.accounts;

import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;

/** A user row as the accounts feature holds it; the password hash never leaves this package's stores and services. */
record UserRecord(long id, String username, String displayName, String color, String passwordHash, Role role) {
    UserInfo info() {
        return new UserInfo(id, username, displayName, color);
    }

    @Override
    public String toString() {
        return "UserRecord[id=" + id + ", username=" + username + "]";
    }
}
