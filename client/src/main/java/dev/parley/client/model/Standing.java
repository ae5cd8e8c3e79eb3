package dev.parley.client.model;

import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;

/**
 * A person's standing in one room, for ranking a moderation target (docs/moderation.md): the
 * highest of their site role and their room role. Nobody may restrict someone of equal or
 * higher standing. Declared from least to most privileged, so {@code compareTo} ranks.
 */
public enum Standing {
    /** A guest or a plain user. */
    MEMBER,
    MODERATOR,
    OWNER,
    ADMIN,
    SUPERUSER;

    /** The standing of {@code user}, whose site role is {@code role}, in {@code room}. */
    public static Standing of(long user, Role role, RoomInfo room) {
        if (role == Role.SUPERUSER) {
            return SUPERUSER;
        }
        if (role == Role.ADMIN) {
            return ADMIN;
        }
        if (room != null && room.owner() != null && room.owner() == user) {
            return OWNER;
        }
        if (room != null && room.isModerator(user)) {
            return MODERATOR;
        }
        return MEMBER;
    }

    public boolean atLeast(Standing other) {
        return compareTo(other) >= 0;
    }

    public boolean outranks(Standing other) {
        return compareTo(other) > 0;
    }
}
