package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A user's site-wide role (spec MOD-1). Room roles (owner, moderator) are per room and travel
 * in {@link RoomInfo}. Ordered from least to most privileged.
 */
public enum Role {
    /** A temporary visitor (spec ID-3): reads and posts in public rooms, nothing more. */
    GUEST,
    /** A registered user. */
    USER,
    /** Site-wide moderation: bans in every room, the ban history, address blocks, the audit log. */
    ADMIN,
    /** Created from the command line (spec ID-5); an admin who also appoints and removes admins. */
    SUPERUSER;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Role fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** Admin powers: admins and the superuser. */
    public boolean isAdmin() {
        return this == ADMIN || this == SUPERUSER;
    }
}
