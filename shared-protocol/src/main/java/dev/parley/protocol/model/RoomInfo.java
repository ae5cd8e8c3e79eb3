package dev.parley.protocol.model;

/**
 * A room as listed to a user: id, display name, topic, the slowmode cooldown in seconds
 * (0 = none) and whether it is closed to new messages.
 */
public record RoomInfo(long id, String name, String topic, int slowmodeSeconds, boolean closed) {
}
