package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a restriction takes away: {@code ban} (reading and posting, spec MOD-3), {@code mute}
 * (posting only, MOD-5) or {@code no_rooms} (opening rooms of one's own, MOD-6; site-wide only).
 */
public enum RestrictionKind {
    BAN,
    MUTE,
    NO_ROOMS;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static RestrictionKind fromWire(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
