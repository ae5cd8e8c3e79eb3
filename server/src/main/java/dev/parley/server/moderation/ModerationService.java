package dev.parley.server.moderation;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.AddressBlock;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.AuditPage;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RestrictionList;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.accounts.AccountsService;
import dev.parley.server.accounts.UserDirectory;
import dev.parley.server.audit.AuditLog;
import dev.parley.server.config.ModerationConfig;
import dev.parley.server.rooms.RoomsService;
import dev.parley.server.storage.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The moderation rules (specs ID-5, R-2, MOD-1 … MOD-10), enforced here for every frame
 * whatever the client offers: who may restrict whom (by {@link Standing}), what a ban, mute or
 * room-opening ban takes away and until when, who may lift or cancel one, room ownership
 * rights, personal block lists, address blocks, the spam rules and the audit log.
 *
 * <p>Active restrictions are held in memory (loaded at start, kept in step by every change), so
 * the checks on every send and open cost no query. Every change is written with its audit
 * entry in one transaction, then announced through {@link ModerationEvents}.
 */
public final class ModerationService {
    private final Database db;
    private final UserDirectory users;
    private final RoomsService rooms;
    private final AccountsService accounts;
    private final AuditLog audit;
    private final ModerationConfig config;
    private final Clock clock;
    private final Restrictions restrictions = new Restrictions();
    private final Blocks blocks = new Blocks();
    private final SpamGuard spam;
    /** Active (or recently ended) restrictions by user id. */
    private final Map<Long, List<Restrictions.Row>> active = new ConcurrentHashMap<>();
    private final Set<String> blockedAddresses = ConcurrentHashMap.newKeySet();
    /**
     * Serialises opening, reopening and room-opening bans: without it, an owner's create or
     * reopen checked just before an admin's ban committed would leave a barred owner's room open.
     * Rare, cheap operations, so one lock is enough.
     */
    private final Object roomsLock = new Object();
    private volatile ModerationEvents events = new ModerationEvents() {
        @Override
        public void restrictionChanged(Restriction restriction) {
        }

        @Override
        public void roomChanged(RoomInfo room) {
        }

        @Override
        public void roleChanged(long user, Role role) {
        }

        @Override
        public void addressBlocked(String address) {
        }
    };

    public ModerationService(Database db, UserDirectory users, RoomsService rooms, AccountsService accounts,
                             AuditLog audit, ModerationConfig config, Clock clock) {
        this.db = db;
        this.users = users;
        this.rooms = rooms;
        this.accounts = accounts;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
        this.spam = new SpamGuard(config, clock);
        for (Restrictions.Row row : db.read(c -> restrictions.active(c, clock.instant()))) {
            remember(row);
        }
        db.read(blocks::addresses).forEach(a -> blockedAddresses.add(a.address()));
    }

    /** Where committed changes are announced (the handler, once the transport exists). */
    public void setEvents(ModerationEvents events) {
        this.events = events;
    }

    public ModerationConfig config() {
        return config;
    }

    // ---- checks on every read and post -------------------------------------------------------

    /** Throws {@code banned} when {@code user} may not read {@code room} now. */
    public void checkRead(long user, long room) {
        Restrictions.Row ban = find(user, RestrictionKind.BAN, room);
        if (ban != null) {
            throw restricted(ErrorCode.BANNED, ban);
        }
    }

    /** Throws {@code banned} when {@code user} is banned from every room (private chats included). */
    public void checkNotBannedEverywhere(long user) {
        // no room has id -1: only a site-wide ban matches
        Restrictions.Row ban = find(user, RestrictionKind.BAN, -1);
        if (ban != null) {
            throw restricted(ErrorCode.BANNED, ban);
        }
    }

    /**
     * Everything that may stop a message before it is stored: bans, mutes, a guest outside a
     * public room, a private chat whose other participant blocked the sender (spec R-3, MOD-7),
     * the rate limits, slowmode and flood (which mutes the sender automatically).
     */
    public void checkPost(long user, RoomInfo room, String address, UUID clientMessageId, String text) {
        checkRead(user, room.id());
        Restrictions.Row mute = find(user, RestrictionKind.MUTE, room.id());
        if (mute != null) {
            throw restricted(ErrorCode.MUTED, mute);
        }
        if (room.privateChat() && hasBlocked(RoomsService.otherParticipant(room, user).id(), user)) {
            throw new ParleyException(ErrorCode.FORBIDDEN, Map.of("reason", "blocked"));
        }
        long wait = spam.rate(user, address);
        if (wait > 0) {
            throw new ParleyException(ErrorCode.RATE_LIMITED, Map.of("retryAfterSeconds", Long.toString(wait)));
        }
        Standing standing = Standing.of(user, users.role(user), room);
        if (!standing.atLeast(Standing.MODERATOR)) {
            long left = spam.slowmode(user, room.id(), room.slowmodeSeconds());
            if (left > 0) {
                throw new ParleyException(ErrorCode.SLOWMODE, Map.of("retryAfterSeconds", Long.toString(left)));
            }
        }
        // a picture or file without text is no repeated text (four screenshots in a row are no flood)
        if (!text.isBlank() && spam.flood(user, room.id(), clientMessageId, text)) {
            Restrictions.Row muted = autoMute(user, room.id(), address);
            throw restricted(ErrorCode.MUTED, muted);
        }
    }

    /** Throws {@code muted} when {@code user} may not post in {@code room} now (also edits and reactions). */
    public void checkMuted(long user, long room) {
        Restrictions.Row mute = find(user, RestrictionKind.MUTE, room);
        if (mute != null) {
            throw restricted(ErrorCode.MUTED, mute);
        }
    }

    /**
     * Counts one change (an edit, a vote, a reaction) against the same per-user and per-address
     * rate limits as messages: each reaches every reader of the room as a push, so a client
     * toggling a vote in a loop must be stopped like one sending messages in a loop. Throws
     * {@code rate_limited} when over the limit.
     */
    public void checkRate(long user, String address) {
        long wait = spam.rate(user, address);
        if (wait > 0) {
            throw new ParleyException(ErrorCode.RATE_LIMITED, Map.of("retryAfterSeconds", Long.toString(wait)));
        }
    }

    /** Whether {@code user} moderates {@code room}: its moderators, its owner, admins (spec M-5: they delete any message there). */
    public boolean moderates(long user, RoomInfo room) {
        return Standing.of(user, users.role(user), room).atLeast(Standing.MODERATOR);
    }

    /** Throws {@code rate_limited} when {@code address} is over its rate (guest logins count as messages). */
    public void checkAddressRate(String address) {
        long wait = spam.addressRate(address);
        if (wait > 0) {
            throw new ParleyException(ErrorCode.RATE_LIMITED, Map.of("retryAfterSeconds", Long.toString(wait)));
        }
    }

    /** Whether connections from {@code address} are refused. */
    public boolean isAddressBlocked(String address) {
        return blockedAddresses.contains(address);
    }

    /** Drops idle spam-tracking state (called periodically). */
    public void sweep() {
        spam.sweep();
        Instant now = clock.instant();
        for (Long user : List.copyOf(active.keySet())) {
            // atomically per user, so a restriction added meanwhile is never dropped with an emptied list
            active.computeIfPresent(user, (k, list) -> {
                list.removeIf(r -> !r.activeAt(now));
                return list.isEmpty() ? null : list;
            });
        }
    }

    // ---- bans and mutes ------------------------------------------------------------------------

    /** Imposes a restriction (frame {@code ban}); see {@link dev.parley.protocol.frame.Ban} for the rules. */
    public Restriction ban(long actor, long target, Long roomId, RestrictionKind kind, Long durationSeconds, String reason) {
        if (actor == target) {
            throw new ParleyException(ErrorCode.FORBIDDEN, Map.of("reason", "self"));
        }
        UserDirectory.Entry targetEntry = users.target(target);
        Role actorRole = users.role(actor);
        RoomInfo room = roomId == null ? null : rooms.readable(actor, roomId);
        Standing actorStanding = Standing.of(actor, actorRole, room);
        Standing targetStanding = Standing.of(target, targetEntry.role(), room);
        if (kind == RestrictionKind.NO_ROOMS && room != null) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "room");
        }
        requireNotPrivate(room);
        Standing needed = room == null ? Standing.ADMIN : durationSeconds == null ? Standing.OWNER : Standing.MODERATOR;
        if (!actorStanding.atLeast(needed) || targetStanding.atLeast(actorStanding)) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        if (room != null) {
            requireNotBanned(actor, room.id());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant until = durationSeconds == null ? null : now.plusSeconds(durationSeconds);
        String why = reason == null ? "" : reason.strip();
        AuditAction action = switch (kind) {
            case BAN -> AuditAction.BAN;
            case MUTE -> AuditAction.MUTE;
            case NO_ROOMS -> AuditAction.NO_ROOMS;
        };
        List<Long> closedRooms = new ArrayList<>();
        long id;
        // a room-opening ban and the owner's create / reopen never interleave (see roomsLock);
        // bans are rare, so all of them take the lock
        synchronized (roomsLock) {
            id = db.inTransaction(c -> {
            long created = restrictions.insert(c, kind, target, roomId, actor, why, now, until);
            audit.record(c, now, action, actor, target, roomId, describe(until, why));
            if (kind == RestrictionKind.NO_ROOMS) {
                closedRooms.addAll(rooms.closeOwned(c, actor, target, now, "owner barred from opening rooms"));
            }
            return created;
            });
            Restrictions.Row row = new Restrictions.Row(id, kind, target, roomId, actor, why, now, until, null, null);
            remember(row);
        }
        Restrictions.Row row = new Restrictions.Row(id, kind, target, roomId, actor, why, now, until, null, null);
        for (long closed : closedRooms) {
            events.roomChanged(rooms.refresh(closed));
        }
        events.restrictionChanged(info(row, false));
        return info(row, true);
    }

    /** Lifts a restriction early (frame {@code unban}). */
    public Restriction unban(long actor, long id) {
        Restrictions.Row row = db.read(c -> restrictions.find(c, id))
                .orElseThrow(() -> new ParleyException(ErrorCode.RESTRICTION_NOT_FOUND));
        requireMayLift(actor, row);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!row.activeAt(now)) {
            return info(row, true);
        }
        AuditAction action = row.kind() == RestrictionKind.MUTE ? AuditAction.UNMUTE : AuditAction.UNBAN;
        db.inTransaction(c -> {
            restrictions.lift(c, id, actor, now);
            audit.record(c, now, action, actor, row.user(), row.room(), "restriction=" + id + " kind=" + row.kind().wireName());
            return null;
        });
        Restrictions.Row lifted = new Restrictions.Row(row.id(), row.kind(), row.user(), row.room(), row.actor(),
                row.reason(), row.created(), row.until(), now, actor);
        forget(row);
        events.restrictionChanged(info(lifted, false));
        return info(lifted, true);
    }

    /** Deletes a restriction as if it never was (frame {@code cancel_ban}): admins only. */
    public void cancel(long actor, long id) {
        requireAdmin(actor);
        Restrictions.Row row = db.read(c -> restrictions.find(c, id))
                .orElseThrow(() -> new ParleyException(ErrorCode.RESTRICTION_NOT_FOUND));
        if (actor == row.user()) {
            throw new ParleyException(ErrorCode.FORBIDDEN, Map.of("reason", "self"));
        }
        // an admin cannot make another admin's (or the superuser's) restriction disappear
        if (Standing.of(row.user(), users.role(row.user()), null).atLeast(Standing.of(actor, users.role(actor), null))) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        db.inTransaction(c -> {
            restrictions.delete(c, id);
            audit.record(c, now, AuditAction.CANCEL, actor, row.user(), row.room(), "restriction=" + id
                    + " kind=" + row.kind().wireName() + " " + describe(row.until(), row.reason()));
            return null;
        });
        boolean wasActive = row.activeAt(now);
        forget(row);
        if (wasActive) {
            Restrictions.Row ended = new Restrictions.Row(row.id(), row.kind(), row.user(), row.room(), row.actor(),
                    row.reason(), row.created(), row.until(), now, actor);
            events.restrictionChanged(info(ended, false));
        }
    }

    /** Lists restrictions (frame {@code bans}): a room's for its moderators, owner and admins; all for admins. */
    public RestrictionList list(long actor, Long roomId, Long user, boolean activeOnly, Long before, int limit) {
        if (roomId != null) {
            RoomInfo room = rooms.readable(actor, roomId);
            requireNotPrivate(room);
            if (!Standing.of(actor, users.role(actor), room).atLeast(Standing.MODERATOR)) {
                throw new ParleyException(ErrorCode.FORBIDDEN);
            }
            requireNotBanned(actor, roomId);
        } else {
            requireAdmin(actor);
        }
        Instant now = clock.instant();
        List<Restrictions.Row> rows = db.read(c -> restrictions.list(c, roomId, user, activeOnly ? now : null, before, limit));
        boolean hasMore = rows.size() > limit;
        List<Restriction> result = new ArrayList<>();
        for (Restrictions.Row row : rows.subList(0, Math.min(limit, rows.size()))) {
            // a moderator reading their room's list does not learn who restricted them
            result.add(info(row, row.user() != actor));
        }
        return new RestrictionList(result, hasMore);
    }

    /** The caller's own active restrictions, without who imposed them. */
    public RestrictionList mine(long user) {
        Instant now = clock.instant();
        List<Restriction> result = new ArrayList<>();
        for (Restrictions.Row row : active.getOrDefault(user, List.of())) {
            if (row.activeAt(now)) {
                result.add(info(row, false));
            }
        }
        return new RestrictionList(result, false);
    }

    // ---- rooms of one's own and their moderators --------------------------------------------

    /** Opens a user room (frame {@code create_room}). */
    public RoomInfo createRoom(long actor, String name, String topic) {
        if (users.role(actor) == Role.GUEST) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        Restrictions.Row barred = find(actor, RestrictionKind.NO_ROOMS, -1);
        if (barred != null) {
            throw restricted(ErrorCode.BANNED, barred);
        }
        RoomInfo room;
        synchronized (roomsLock) {
            if (find(actor, RestrictionKind.NO_ROOMS, -1) != null) {
                throw restricted(ErrorCode.BANNED, find(actor, RestrictionKind.NO_ROOMS, -1));
            }
            room = rooms.create(actor, name, topic, config.maxRoomsPerUser());
        }
        events.roomChanged(room);
        return room;
    }

    /** Changes a user room (frame {@code update_room}): its owner or an admin. */
    public RoomInfo updateRoom(long actor, long roomId, String topic, Integer slowmode, Boolean closed) {
        RoomInfo room = rooms.readable(actor, roomId);
        Standing standing = Standing.of(actor, users.role(actor), room);
        requireNotPrivate(room);
        if (RoomInfo.FIXED.equals(room.kind()) || !standing.atLeast(Standing.OWNER)) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        requireNotBanned(actor, roomId);
        RoomInfo changed;
        synchronized (roomsLock) {
            if (Boolean.FALSE.equals(closed) && standing == Standing.OWNER) {
                Restrictions.Row barred = find(actor, RestrictionKind.NO_ROOMS, -1);
                if (barred != null) {
                    throw restricted(ErrorCode.BANNED, barred);
                }
            }
            changed = rooms.update(actor, roomId, topic, slowmode, closed);
        }
        events.roomChanged(changed);
        return changed;
    }

    /** Appoints a moderator (frame {@code appoint}): the room's owner or an admin. */
    public RoomInfo appoint(long actor, long roomId, long target) {
        RoomInfo room = requireOwner(actor, roomId);
        UserDirectory.Entry t = users.target(target);
        if (t.role() == Role.GUEST || (room.owner() != null && room.owner() == target)) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        RoomInfo changed = rooms.appoint(actor, roomId, target);
        events.roomChanged(changed);
        return changed;
    }

    /** Removes a moderator (frame {@code demote}): the room's owner or an admin. */
    public RoomInfo demote(long actor, long roomId, long target) {
        requireOwner(actor, roomId);
        users.target(target);
        RoomInfo changed = rooms.demote(actor, roomId, target);
        events.roomChanged(changed);
        return changed;
    }

    // ---- site roles ----------------------------------------------------------------------------

    /** Appoints or removes an admin (frame {@code set_role}): the superuser only. */
    public UserInfo setRole(long actor, long target, Role role) {
        if (users.role(actor) != Role.SUPERUSER) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        UserDirectory.Entry t = users.target(target);
        if (t.role() == Role.SUPERUSER || t.role() == Role.GUEST || (role != Role.ADMIN && role != Role.USER)) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        if (t.role() != role) {
            Instant now = clock.instant();
            accounts.setRole(target, role, c -> audit.record(c, now, AuditAction.SET_ROLE, actor, target, null,
                    "from=" + t.role().wireName() + " to=" + role.wireName()));
            events.roleChanged(target, role);
        }
        return t.info();
    }

    public List<UserInfo> admins(long actor) {
        requireAdmin(actor);
        return accounts.admins();
    }

    public UserInfo findUser(long actor, String username) {
        requireAdmin(actor);
        return users.byName(username).map(UserDirectory.Entry::info)
                .orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND));
    }

    // ---- personal block lists ----------------------------------------------------------------

    public void block(long user, long target) {
        if (user == target) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "user");
        }
        users.target(target);
        Instant now = clock.instant();
        ignoringDuplicate(() -> db.inTransaction(c -> blocks.block(c, user, target, now)));
    }

    public void unblock(long user, long target) {
        db.inTransaction(c -> blocks.unblock(c, user, target));
    }

    public List<UserInfo> blocked(long user) {
        return db.read(c -> blocks.blockedBy(c, user)).stream().map(users::get).toList();
    }

    /** Whether {@code user} has blocked {@code other} (for private chats, spec R-3). */
    public boolean hasBlocked(long user, long other) {
        return db.read(c -> blocks.isBlocked(c, user, other));
    }

    // ---- addresses -----------------------------------------------------------------------------

    /** @param actorAddress the address the admin is connected from: blocking it would lock them out */
    public void blockAddress(long actor, String actorAddress, String rawAddress, String reason) {
        requireAdmin(actor);
        String address = ModerationConfig.canonicalAddress(rawAddress);
        if (address == null) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "address");
        }
        if (address.equals(actorAddress)) {
            throw new ParleyException(ErrorCode.FORBIDDEN, Map.of("reason", "self"));
        }
        if (config.trustedProxies().contains(address)) {
            // everyone behind the proxy would be locked out
            throw new ParleyException(ErrorCode.FORBIDDEN, Map.of("reason", "proxy"));
        }
        Instant now = clock.instant();
        String why = reason == null ? "" : reason.strip();
        ignoringDuplicate(() -> db.inTransaction(c -> {
            if (blocks.blockAddress(c, address, why, actor, now)) {
                audit.record(c, now, AuditAction.BLOCK_ADDRESS, actor, null, null, "address=" + address + " reason=" + why);
            }
            return null;
        }));
        blockedAddresses.add(address);
        events.addressBlocked(address);
    }

    public void unblockAddress(long actor, String rawAddress) {
        requireAdmin(actor);
        String address = ModerationConfig.canonicalAddress(rawAddress);
        if (address == null) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "address");
        }
        Instant now = clock.instant();
        db.inTransaction(c -> {
            if (blocks.unblockAddress(c, address)) {
                audit.record(c, now, AuditAction.UNBLOCK_ADDRESS, actor, null, null, "address=" + address);
            }
            return null;
        });
        blockedAddresses.remove(address);
    }

    public List<AddressBlock> addressBlocks(long actor) {
        requireAdmin(actor);
        return db.read(blocks::addresses).stream()
                .map(a -> new AddressBlock(a.address(), a.reason(), a.actor() == null ? null : users.get(a.actor()), a.created()))
                .toList();
    }

    // ---- audit log -----------------------------------------------------------------------------

    public AuditPage audit(long actor, AuditAction action, Long actorFilter, Long target, Long room, Long before, int limit) {
        requireAdmin(actor);
        return audit.read(action, actorFilter, target, room, before, limit);
    }

    /** Throws {@code forbidden} unless {@code actor} is an admin or the superuser. */
    public void requireAdmin(long actor) {
        if (!users.role(actor).isAdmin()) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
    }

    // ---- internals -----------------------------------------------------------------------------

    private Restrictions.Row autoMute(long user, long room, String address) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant until = now.plus(config.floodMuteMinutes(), ChronoUnit.MINUTES);
        String reason = "flood";
        long id = db.inTransaction(c -> {
            long created = restrictions.insert(c, RestrictionKind.MUTE, user, room, null, reason, now, until);
            audit.record(c, now, AuditAction.AUTO_MUTE, null, user, room,
                    describe(until, reason) + " repeats=" + config.floodRepeats() + " address=" + address);
            return created;
        });
        Restrictions.Row row = new Restrictions.Row(id, RestrictionKind.MUTE, user, room, null, reason, now, until, null, null);
        remember(row);
        events.restrictionChanged(info(row, false));
        return row;
    }

    /**
     * Who may lift a restriction: never the restricted person, and only someone who outranks
     * them where it holds (a moderator banned by the owner cannot lift their own ban); site-wide
     * ones admins only, indefinite room ones the owner or an admin, others the room's moderators.
     */
    private void requireMayLift(long actor, Restrictions.Row row) {
        if (actor == row.user()) {
            throw new ParleyException(ErrorCode.FORBIDDEN, Map.of("reason", "self"));
        }
        Role role = users.role(actor);
        RoomInfo room = row.room() == null ? null : rooms.readable(actor, row.room());
        Standing needed = row.room() == null ? Standing.ADMIN : row.until() == null ? Standing.OWNER : Standing.MODERATOR;
        Standing standing = Standing.of(actor, role, room);
        if (room != null) {
            requireNotBanned(actor, room.id());
        }
        if (!standing.atLeast(needed) || Standing.of(row.user(), users.role(row.user()), room).atLeast(standing)) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
    }

    /**
     * A private chat has no owner, moderators, settings or room bans (spec R-3): room moderation
     * is refused there, to admins as well (site-wide bans and mutes still hold in it). Anyone
     * but its two participants has already been told {@code room_not_found}.
     */
    private static void requireNotPrivate(RoomInfo room) {
        if (room != null && room.privateChat()) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
    }

    /** A moderator or owner banned from their room has no moderation powers there while it lasts. */
    private void requireNotBanned(long actor, long room) {
        if (find(actor, RestrictionKind.BAN, room) != null) {
            throw new ParleyException(ErrorCode.FORBIDDEN, Map.of("reason", "banned"));
        }
    }

    private RoomInfo requireOwner(long actor, long roomId) {
        RoomInfo room = rooms.readable(actor, roomId);
        requireNotPrivate(room);
        if (!Standing.of(actor, users.role(actor), room).atLeast(Standing.OWNER)) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        requireNotBanned(actor, roomId);
        return room;
    }

    /** The active restriction of {@code kind} for {@code user} in {@code room} or site-wide, or null. */
    private Restrictions.Row find(long user, RestrictionKind kind, long room) {
        List<Restrictions.Row> rows = active.get(user);
        if (rows == null) {
            return null;
        }
        Instant now = clock.instant();
        for (Restrictions.Row row : rows) {
            if (row.kind() == kind && row.activeAt(now) && (row.room() == null || row.room() == room)) {
                return row;
            }
        }
        return null;
    }

    /**
     * Runs a check-then-insert; when a concurrent identical request inserted first (a unique
     * violation), the result is the same, so it is not an error.
     */
    private static void ignoringDuplicate(Runnable insert) {
        try {
            insert.run();
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof java.sql.SQLException sql && Database.isUniqueViolation(sql))) {
                throw e;
            }
        }
    }

    private void remember(Restrictions.Row row) {
        active.compute(row.user(), (k, list) -> {
            List<Restrictions.Row> l = list == null ? new CopyOnWriteArrayList<>() : list;
            l.add(row);
            return l;
        });
    }

    private void forget(Restrictions.Row row) {
        List<Restrictions.Row> rows = active.get(row.user());
        if (rows != null) {
            rows.removeIf(r -> r.id() == row.id());
        }
    }

    private static ParleyException restricted(ErrorCode code, Restrictions.Row row) {
        Map<String, String> params = new HashMap<>();
        if (row.room() != null) {
            params.put("room", Long.toString(row.room()));
        }
        if (row.until() != null) {
            params.put("until", row.until().toString());
        }
        params.put("reason", row.reason());
        params.put("kind", row.kind().wireName());
        return new ParleyException(code, params);
    }

    private static String describe(Instant until, String reason) {
        return "until=" + (until == null ? "indefinite" : until.toString()) + " reason=" + reason;
    }

    /** The protocol view; {@code withActor} false hides who imposed it (the restricted user's own view). */
    private Restriction info(Restrictions.Row row, boolean withActor) {
        String roomName = row.room() == null ? null : rooms.readable(row.user(), row.room()).name();
        UserInfo actor = withActor && row.actor() != null ? users.get(row.actor()) : null;
        UserInfo liftedBy = withActor && row.liftedBy() != null ? users.get(row.liftedBy()) : null;
        return new Restriction(row.id(), row.kind(), row.room(), roomName, users.get(row.user()), actor, row.reason(),
                row.created(), row.until(), row.lifted(), liftedBy, row.activeAt(clock.instant()));
    }
}
