package dev.parley.server.storage;

import java.util.Locale;

/**
 * What an acknowledged write survives.
 *
 * <ul>
 *   <li>{@link #FLUSH} (default): the batch is written to the database file before the ack, so
 *       it survives the server process being killed ({@code kill -9}, a crash). The operating
 *       system may still hold it in its cache for a moment: a power loss can lose it.</li>
 *   <li>{@link #FSYNC}: the file is also forced to the disk before the ack, so it survives a
 *       power loss, at the cost of one disk sync per batch.</li>
 * </ul>
 */
public enum Durability {
    FLUSH,
    FSYNC;

    /** Parses the config value {@code flush} or {@code fsync}; null for anything else. */
    public static Durability parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "flush" -> FLUSH;
            case "fsync" -> FSYNC;
            default -> null;
        };
    }
}
