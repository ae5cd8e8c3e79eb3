package dev.parley.server.rooms;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.config.RoomConfig;
import dev.parley.server.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Room rules: fixed rooms follow the config file (spec R-1), the room list, and the one check
 * every room-addressed frame goes through ({@link #readable}). Room rows are cached, since
 * every send and history request looks one up; changes go through this service, which keeps
 * the cache in step.
 */
public final class RoomsService {
    private final Database db;
    private final Rooms rooms = new Rooms();
    private final Clock clock;
    private final Map<Long, RoomInfo> cache = new ConcurrentHashMap<>();

    public RoomsService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Creates or updates the fixed rooms named in the config. Rooms no longer in it are kept. */
    public void syncFixedRooms(List<RoomConfig> configured) {
        Instant now = clock.instant();
        db.inTransaction(c -> {
            for (RoomConfig room : configured) {
                rooms.upsertFixed(c, room, now);
            }
            return null;
        });
        cache.clear();
    }

    public List<RoomInfo> list(long userId) {
        return db.read(rooms::listPublic);
    }

    /**
     * The room if the user may read it; otherwise {@code room_not_found} (also for rooms that
     * exist but are not the user's to read, so ids cannot be probed).
     */
    public RoomInfo readable(long userId, long roomId) {
        RoomInfo room = cache.get(roomId);
        if (room == null) {
            room = db.read(c -> rooms.find(c, roomId))
                    .orElseThrow(() -> new ParleyException(ErrorCode.ROOM_NOT_FOUND, Map.of("room", Long.toString(roomId))));
            cache.put(roomId, room);
        }
        return room;
    }

    /** The room if the user may post there now; closed rooms refuse with {@code room_closed}. */
    public RoomInfo writable(long userId, long roomId) {
        RoomInfo room = readable(userId, roomId);
        if (room.closed()) {
            throw new ParleyException(ErrorCode.ROOM_CLOSED, Map.of("room", Long.toString(roomId)));
        }
        return room;
    }
}
