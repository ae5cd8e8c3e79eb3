package dev.parley.server.accounts;

import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;

/**
 * A user row as the accounts feature holds it; the password hash never leaves this package's
 * stores and services. {@code status} and {@code avatarId} are the profile (spec ID-4), null
 * when unset; every UserInfo built from a row carries them.
 */
record UserRecord(long id, String username, String displayName, String color, String passwordHash, Role role,
                  String status, String avatarId) {
    UserInfo info() {
        return new UserInfo(id, username, displayName, color, status, avatarId);
    }

    @Override
    public String toString() {
        return "UserRecord[id=" + id + ", username=" + username + "]";
    }
}
