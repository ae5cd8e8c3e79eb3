package dev.parley.server.config;

import dev.parley.protocol.Limits;

/**
 * A fixed public room from the config file (spec R-1): its name, topic and slowmode cooldown
 * in seconds (0 = off; enforced by the moderation feature). Validated on construction.
 */
public record RoomConfig(String name, String topic, int slowmodeSeconds) {
    /** Longest slowmode a room may have: one day. */
    public static final int MAX_SLOWMODE_SECONDS = 86_400;

    public RoomConfig {
        if (name == null || name.isBlank() || name.codePointCount(0, name.length()) > Limits.MAX_ROOM_NAME_LENGTH) {
            throw new ConfigException("rooms[].name", name,
                    "1.." + Limits.MAX_ROOM_NAME_LENGTH + " characters, not blank");
        }
        name = name.strip();
        topic = topic == null ? "" : topic.strip();
        if (topic.codePointCount(0, topic.length()) > Limits.MAX_TOPIC_LENGTH) {
            throw new ConfigException("rooms[" + name + "].topic", topic,
                    "at most " + Limits.MAX_TOPIC_LENGTH + " characters");
        }
        if (slowmodeSeconds < 0 || slowmodeSeconds > MAX_SLOWMODE_SECONDS) {
            throw new ConfigException("rooms[" + name + "].slowmode", Integer.toString(slowmodeSeconds),
                    "0.." + MAX_SLOWMODE_SECONDS + " seconds (default 0)");
        }
    }
}
