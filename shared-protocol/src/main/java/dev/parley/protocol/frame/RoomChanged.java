package dev.parley.protocol.frame;

import dev.parley.protocol.model.RoomInfo;

/**
 * Pushed to every logged-in connection when a room is created or changes (topic, slowmode,
 * closed, moderators), so room lists and headers stay current.
 */
public record RoomChanged(RoomInfo room) implements Push {
    public RoomChanged {
        dev.parley.protocol.Checks.required(room, "room");
    }
}
