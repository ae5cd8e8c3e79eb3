package dev.parley.server.moderation;

import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;

/**
 * A person's rank where a moderation action happens (spec MOD-1): the highest of their site
 * role and their role in the room. Nobody acts on someone of equal or higher standing.
 */
enum Standing {
    GUEST, USER, MODERATOR, OWNER, ADMIN, SUPERUSER;

    /** Standing in {@code room}, or site-wide when {@code room} is null. */
    static Standing of(long user, Role role, RoomInfo room) {
        switch (role) {
            case SUPERUSER:
                return SUPERUSER;
            case ADMIN:
                return ADMIN;
            default:
                break;
        }
        if (room != null) {
            if (room.owner() != null && room.owner() == user) {
                return OWNER;
            }
            if (room.isModerator(user)) {
                return MODERATOR;
            }
        }
        return role == Role.GUEST ? GUEST : USER;
    }

    boolean atLeast(Standing other) {
        return compareTo(other) >= 0;
    }
}
