package dev.parley.server.rooms;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.accounts.UserDirectory;
import dev.parley.server.audit.AuditLog;
import dev.parley.server.config.RoomConfig;
import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Room rules: fixed rooms follow the config file (spec R-1), rooms users open with their
 * settings and moderators (MOD-2), private 1:1 chats, the room list, and the room look-up
 * every room-addressed frame goes through ({@link #readable}): a private chat exists only for its
 * two participants, so to anyone else (admins included) every frame about it is
 * {@code room_not_found}, exactly like a room id that was never used. Who may change a room is decided by the moderation
 * feature before it calls the changing methods here; every change is audit-logged in its own
 * transaction. Room rows are cached, since every send and history request looks one up;
 * changes go through this service, which keeps the cache in step.
 */
public final class RoomsService {
    private final Database db;
    private final Rooms rooms = new Rooms();
    private final Clock clock;
    private final UserDirectory users;
    private final AuditLog audit;
    private final Map<Long, RoomInfo> cache = new ConcurrentHashMap<>();

    public RoomsService(Database db, Clock clock, UserDirectory users, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.users = users;
        this.audit = audit;
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

    /**
     * The rooms {@code userId} sees, in display order: the public rooms (fixed first, then by
     * name), the same for every user, then the user's private chats by the other participant's
     * user name.
     */
    public List<RoomInfo> list(long userId) {
        List<RoomInfo> found = db.read(rooms::listPublic);
        List<Long> privateIds = db.read(c -> rooms.privateChatsOf(c, userId));
        List<RoomInfo> result = new ArrayList<>(found.size() + privateIds.size());
        for (RoomInfo r : found) {
            result.add(readable(userId, r.id()));
        }
        List<RoomInfo> chats = new ArrayList<>(privateIds.size());
        for (long id : privateIds) {
            chats.add(readable(userId, id));
        }
        chats.sort(java.util.Comparator.comparing((RoomInfo r) -> Rooms.key(otherParticipant(r, userId).username()))
                .thenComparingLong(RoomInfo::id));
        result.addAll(chats);
        return result;
    }

    /**
     * The room; {@code room_not_found} when it does not exist or is a private chat of other
     * users. Bans are checked by the moderation feature, which callers consult as well.
     */
    public RoomInfo readable(long userId, long roomId) {
        RoomInfo room = cache.get(roomId);
        if (room == null) {
            room = load(roomId);
            cache.put(roomId, room);
        }
        if (room.privateChat() && !isParticipant(room, userId)) {
            throw new ParleyException(ErrorCode.ROOM_NOT_FOUND, Map.of("room", Long.toString(roomId)));
        }
        return room;
    }

    /** Whether {@code userId} is one of a private chat's two participants. */
    public static boolean isParticipant(RoomInfo room, long userId) {
        for (UserInfo p : room.participants()) {
            if (p.id() == userId) {
                return true;
            }
        }
        return false;
    }

    /** The participant of a private chat who is not {@code userId}. */
    public static UserInfo otherParticipant(RoomInfo room, long userId) {
        for (UserInfo p : room.participants()) {
            if (p.id() != userId) {
                return p;
            }
        }
        throw new IllegalArgumentException("room " + room.id() + " is not a private chat of user " + userId + " and another");
    }

    /** A private chat found or just created (then both participants are told). */
    public record PrivateChat(RoomInfo room, boolean created) {
    }

    /**
     * The private chat of {@code a} and {@code b} (two different users), created the first time:
     * one room per unordered pair, whoever asks. Who may is decided by the caller
     * ({@link PrivateChatsService}). Named after the two user names in alphabetical order.
     */
    public PrivateChat findOrCreatePrivate(long a, long b) {
        long low = Math.min(a, b);
        long high = Math.max(a, b);
        java.util.Optional<Long> existing = db.read(c -> rooms.findPrivate(c, low, high));
        if (existing.isPresent()) {
            return new PrivateChat(readable(a, existing.get()), false);
        }
        String name = java.util.stream.Stream.of(users.get(low).username(), users.get(high).username())
                .sorted(java.util.Comparator.comparing(Rooms::key)).collect(java.util.stream.Collectors.joining(","));
        Instant now = clock.instant();
        long id;
        try {
            id = db.inTransaction(c -> rooms.insertPrivate(c, low, high, name, now));
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql && Database.isUniqueViolation(sql)) {
                // the other participant started it at the same moment: theirs is the chat
                long theirs = db.read(c -> rooms.findPrivate(c, low, high)).orElseThrow(() -> e);
                return new PrivateChat(readable(a, theirs), false);
            }
            throw e;
        }
        return new PrivateChat(refresh(id), true);
    }

    /** The room if it takes messages now; closed rooms refuse with {@code room_closed}. */
    public RoomInfo writable(long userId, long roomId) {
        RoomInfo room = readable(userId, roomId);
        if (room.closed()) {
            throw new ParleyException(ErrorCode.ROOM_CLOSED, Map.of("room", Long.toString(roomId)));
        }
        return room;
    }

    /**
     * Opens a user room owned by {@code owner} (spec R-2); {@code room_name_taken} when a room
     * has that name, {@code too_many_rooms} past {@code maxOwned}.
     */
    public RoomInfo create(long owner, String name, String topic, int maxOwned) {
        String cleanName = name.strip();
        if (cleanName.isEmpty() || cleanName.codePoints().anyMatch(Character::isISOControl)) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "name");
        }
        String cleanTopic = topic == null ? "" : checkTopic(topic);
        Instant now = clock.instant();
        long id;
        try {
            id = db.inTransaction(c -> {
                if (rooms.countOwned(c, owner) >= maxOwned) {
                    throw new ParleyException(ErrorCode.TOO_MANY_ROOMS, Map.of("max", Integer.toString(maxOwned)));
                }
                long created = rooms.insertUserRoom(c, cleanName, cleanTopic, owner, now);
                audit.record(c, now, AuditAction.CREATE_ROOM, owner, null, created, "name=" + cleanName);
                return created;
            });
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException sql && Database.isUniqueViolation(sql)) {
                throw new ParleyException(ErrorCode.ROOM_NAME_TAKEN);
            }
            throw e;
        }
        return refresh(id);
    }

    /**
     * Changes a room's topic, slowmode or closed state (null = unchanged) on behalf of
     * {@code actor}, audit-logging each change. Returns the room as it is now.
     */
    public RoomInfo update(long actor, long roomId, String topic, Integer slowmode, Boolean closed) {
        RoomInfo before = readable(actor, roomId);
        String newTopic = topic == null ? before.topic() : checkTopic(topic);
        int newSlowmode = slowmode == null ? before.slowmodeSeconds() : slowmode;
        boolean newClosed = closed == null ? before.closed() : closed;
        Instant now = clock.instant();
        db.inTransaction(c -> {
            rooms.update(c, roomId, topic == null ? null : newTopic, slowmode, closed);
            if (!newTopic.equals(before.topic())) {
                audit.record(c, now, AuditAction.TOPIC, actor, null, roomId, "topic=" + newTopic);
            }
            if (newSlowmode != before.slowmodeSeconds()) {
                audit.record(c, now, AuditAction.SLOWMODE, actor, null, roomId,
                        "from=" + before.slowmodeSeconds() + "s to=" + newSlowmode + "s");
            }
            if (newClosed != before.closed()) {
                audit.record(c, now, newClosed ? AuditAction.CLOSE_ROOM : AuditAction.REOPEN_ROOM, actor, null, roomId, "");
            }
            return null;
        });
        return refresh(roomId);
    }

    /** Closes every room {@code owner} owns (a ban from opening rooms), inside the caller's transaction. */
    public List<Long> closeOwned(Connection c, long actor, long owner, Instant now, String why) throws SQLException {
        List<Long> closed = new ArrayList<>();
        for (long roomId : rooms.owned(c, owner)) {
            RoomInfo room = rooms.find(c, roomId).orElseThrow();
            if (!room.closed()) {
                rooms.update(c, roomId, null, null, true);
                audit.record(c, now, AuditAction.CLOSE_ROOM, actor, owner, roomId, why);
                closed.add(roomId);
            }
        }
        return closed;
    }

    /** Makes {@code user} a moderator of the room; audit-logged. */
    public RoomInfo appoint(long actor, long roomId, long user) {
        Instant now = clock.instant();
        db.inTransaction(c -> {
            if (rooms.addModerator(c, roomId, user, actor, now)) {
                audit.record(c, now, AuditAction.APPOINT, actor, user, roomId, "");
            }
            return null;
        });
        return refresh(roomId);
    }

    /** Removes {@code user} from the room's moderators; audit-logged. */
    public RoomInfo demote(long actor, long roomId, long user) {
        Instant now = clock.instant();
        db.inTransaction(c -> {
            if (rooms.removeModerator(c, roomId, user)) {
                audit.record(c, now, AuditAction.DEMOTE, actor, user, roomId, "");
            }
            return null;
        });
        return refresh(roomId);
    }

    /**
     * A user's public profile changed (spec ID-4): cached rooms that list them as a moderator or
     * a private chat's participant are reloaded, so room lists show the new name. Returns those
     * rooms as they are now.
     */
    public List<RoomInfo> userChanged(long user) {
        List<RoomInfo> changed = new ArrayList<>();
        for (RoomInfo room : List.copyOf(cache.values())) {
            if (room.moderators().stream().anyMatch(m -> m.id() == user) || isParticipant(room, user)) {
                changed.add(refresh(room.id()));
            }
        }
        return changed;
    }

    /** Reloads a room into the cache after a change (also one made in another transaction). */
    public RoomInfo refresh(long roomId) {
        RoomInfo room = load(roomId);
        cache.put(roomId, room);
        return room;
    }

    private RoomInfo load(long roomId) {
        return db.read(c -> {
            RoomInfo row = rooms.find(c, roomId)
                    .orElseThrow(() -> new ParleyException(ErrorCode.ROOM_NOT_FOUND, Map.of("room", Long.toString(roomId))));
            List<UserInfo> moderators = new ArrayList<>();
            for (long id : rooms.moderators(c, roomId)) {
                moderators.add(users.get(id));
            }
            List<UserInfo> participants = new ArrayList<>(2);
            if (RoomInfo.PRIVATE.equals(row.kind())) {
                for (long id : rooms.participants(c, roomId)) {
                    participants.add(users.get(id));
                }
            }
            return new RoomInfo(row.id(), row.name(), row.topic(), row.slowmodeSeconds(), row.closed(), row.kind(),
                    row.owner(), moderators, participants);
        });
    }

    private static String checkTopic(String topic) {
        String t = topic.strip();
        if (t.codePoints().anyMatch(cp -> Character.isISOControl(cp))) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "topic");
        }
        return t;
    }
}
