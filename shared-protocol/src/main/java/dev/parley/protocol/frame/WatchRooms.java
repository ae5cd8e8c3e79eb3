package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Done;
import java.util.List;

/**
 * Subscribes this connection to the pushes of {@code rooms} without loading a page (for unread
 * counts and notifications of conversations that are not open); {@code close} ends it like a
 * subscription made by {@code open}. Rooms the caller may not read are skipped.
 */
public record WatchRooms(String id, List<Long> rooms) implements Request<Done> {
    public WatchRooms {
        Checks.requestId(id);
        Checks.required(rooms, "rooms");
        if (rooms.size() > Limits.MAX_WATCHED_ROOMS) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "rooms");
        }
        for (Long room : rooms) {
            Checks.positiveId(room, "rooms");
        }
        rooms = List.copyOf(rooms);
    }

    @Override
    public Class<Done> resultType() {
        return Done.class;
    }
}
