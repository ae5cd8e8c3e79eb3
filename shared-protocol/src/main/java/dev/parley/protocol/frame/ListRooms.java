package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.RoomList;

/** Asks for the rooms the user can see. */
public record ListRooms(String id) implements Request<RoomList> {
    public ListRooms {
        Checks.requestId(id);
    }

    @Override
    public Class<RoomList> resultType() {
        return RoomList.class;
    }
}
