package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of moderation and admin action the audit log records (spec MOD-10). */
public enum AuditAction {
    BAN,
    MUTE,
    NO_ROOMS,
    UNBAN,
    UNMUTE,
    CANCEL,
    AUTO_MUTE,
    APPOINT,
    DEMOTE,
    SET_ROLE,
    CREATE_ROOM,
    CLOSE_ROOM,
    REOPEN_ROOM,
    SLOWMODE,
    TOPIC,
    BLOCK_ADDRESS,
    UNBLOCK_ADDRESS,
    DELETE_MESSAGE,
    REVEAL_AUTHOR;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static AuditAction fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
