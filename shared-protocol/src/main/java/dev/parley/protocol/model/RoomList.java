package dev.parley.protocol.model;

import java.util.List;

/** The rooms a user can see, in display order. */
public record RoomList(List<RoomInfo> rooms) {
    public RoomList {
        rooms = List.copyOf(rooms);
    }
}
