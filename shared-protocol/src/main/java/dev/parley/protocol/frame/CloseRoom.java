package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.Done;

/** Unsubscribes the connection from a room's pushes. */
public record CloseRoom(String id, Long room) implements Request<Done> {
    public CloseRoom {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
    }

    @Override
    public Class<Done> resultType() {
        return Done.class;
    }
}
