package dev.parley.server.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.BlockAddress;
import dev.parley.protocol.frame.BlockUser;
import dev.parley.protocol.frame.CancelBan;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.Demote;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ListAddressBlocks;
import dev.parley.protocol.frame.ListAdmins;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.frame.ListBlocks;
import dev.parley.protocol.frame.ListRooms;
import dev.parley.protocol.frame.ReadAudit;
import dev.parley.protocol.frame.SetRole;
import dev.parley.protocol.frame.Unban;
import dev.parley.protocol.frame.UnblockAddress;
import dev.parley.protocol.frame.UnblockUser;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.frame.UserAddresses;
import dev.parley.protocol.model.AddressBlock;
import dev.parley.protocol.model.AddressBlockList;
import dev.parley.protocol.model.AddressList;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.AuditEntry;
import dev.parley.protocol.model.AuditPage;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RestrictionList;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.UserList;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The "who may do what" table of {@code docs/moderation.md}, end to end: every privileged frame
 * tried by every role against one user room (olga's), on a real server over the real protocol.
 * An allowed cell must succeed and have its effect; a denied cell must be answered
 * {@code forbidden} and leave the moderation state exactly as it was, as the superuser sees it
 * through the protocol (every ban, the newest audit entries, address blocks, rooms with their
 * topic, slowmode, closed state and moderators, and the admins). The test names are the matrix.
 *
 * <p>One server for the whole class; every cell sets up what it needs (a fresh target user, a
 * ban to lift, a closed room to reopen) and puts back what it changed, so cells do not depend
 * on their order.
 */
class ModerationAuthorizationMatrixTest {
    /** The roles of the matrix; "banned" and "muted" are plain users restricted in olga's room. */
    enum Who {
        GUEST("guest"), USER("user"), OTHER_MODERATOR("moderator of another room"), MODERATOR("moderator"),
        OWNER("owner"), ADMIN("admin"), SUPERUSER("superuser"), BANNED("banned user"), MUTED("muted user");

        private final String label;

        Who(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> USERS = EnumSet.complementOf(EnumSet.of(Who.GUEST));
    private static final Set<Who> MODERATOR_UP = EnumSet.of(Who.MODERATOR, Who.OWNER, Who.ADMIN, Who.SUPERUSER);
    private static final Set<Who> OWNER_UP = EnumSet.of(Who.OWNER, Who.ADMIN, Who.SUPERUSER);
    private static final Set<Who> ADMIN_UP = EnumSet.of(Who.ADMIN, Who.SUPERUSER);
    private static final Set<Who> SUPERUSER_ONLY = EnumSet.of(Who.SUPERUSER);

    /** The privileged frames, each with the roles docs/moderation.md allows it. */
    enum Action {
        CREATE_ROOM("create_room", USERS),
        UPDATE_TOPIC("update_room topic", OWNER_UP),
        UPDATE_SLOWMODE("update_room slowmode", OWNER_UP),
        UPDATE_CLOSE("update_room close", OWNER_UP),
        UPDATE_REOPEN("update_room reopen", OWNER_UP),
        APPOINT("appoint", OWNER_UP),
        DEMOTE("demote", OWNER_UP),
        BAN_ROOM_TIMED("ban in room for 10 min", MODERATOR_UP),
        MUTE_ROOM_TIMED("mute in room for 10 min", MODERATOR_UP),
        BAN_ROOM_INDEFINITE("ban in room indefinitely", OWNER_UP),
        MUTE_ROOM_INDEFINITE("mute in room indefinitely", OWNER_UP),
        BAN_SITE_WIDE("ban site-wide", ADMIN_UP),
        MUTE_SITE_WIDE("mute site-wide", ADMIN_UP),
        BAN_NO_ROOMS("ban no_rooms", ADMIN_UP),
        UNBAN_TIMED("unban a timed room ban", MODERATOR_UP),
        UNBAN_INDEFINITE("unban an indefinite room ban", OWNER_UP),
        UNBAN_SITE_WIDE("unban a site-wide ban", ADMIN_UP),
        CANCEL_BAN("cancel_ban", ADMIN_UP),
        BANS_OF_ROOM("bans with room", MODERATOR_UP),
        BANS_ALL("bans without room", ADMIN_UP),
        SET_ROLE("set_role", SUPERUSER_ONLY),
        ADMINS("admins", ADMIN_UP),
        FIND_USER("find_user", ADMIN_UP),
        BLOCK_ADDRESS("block_address", ADMIN_UP),
        UNBLOCK_ADDRESS("unblock_address", ADMIN_UP),
        ADDRESS_BLOCKS("address_blocks", ADMIN_UP),
        USER_ADDRESSES("user_addresses", ADMIN_UP),
        AUDIT("audit", ADMIN_UP),
        BLOCK_USER("block (personal)", EVERYONE);

        private final String label;
        private final Set<Who> allowed;

        Action(String label, Set<Who> allowed) {
            this.label = label;
            this.allowed = allowed;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One cell: the request, what success must look like, and what to put back afterwards. */
    private record Cell(Function<ParleyClient, Object> attempt, Consumer<Object> onSuccess, Runnable cleanup) {
    }

    /** The moderation state as the superuser sees it through the protocol. */
    private record Snapshot(List<Restriction> bans, List<AuditEntry> audit, List<AddressBlock> addressBlocks,
                            List<RoomInfo> rooms, List<UserInfo> admins) {
    }

    private static final String FIXTURE_ADDRESS = "192.0.2.1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @TempDir
    static Path data;
    private static TestServer server;
    private static ParleyClient root;
    private static final Map<Who, ParleyClient> CLIENTS = new EnumMap<>(Who.class);
    private static final Map<Who, Long> IDS = new EnumMap<>(Who.class);
    private static long room;
    private static long ulla;
    private static long tina;
    private static long sharedTarget;
    private static long bertBan;
    private static long murielMute;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data).withGuests(true),
                new MutableClock(Instant.parse("2030-01-01T10:00:00Z")));
        root = server.superuser("root");
        CLIENTS.put(Who.SUPERUSER, root);
        CLIENTS.put(Who.ADMIN, server.admin("ann"));
        ParleyClient olga = server.user("olga");
        CLIENTS.put(Who.OWNER, olga);
        room = olga.await(id -> new CreateRoom(id, "olgas-room", "olga's")).id();
        CLIENTS.put(Who.MODERATOR, server.user("mona"));
        olga.await(id -> new Appoint(id, room, id("mona")));
        ParleyClient oscar = server.user("oscar");
        long otherRoom = oscar.await(id -> new CreateRoom(id, "oscars-room", "oscar's")).id();
        CLIENTS.put(Who.OTHER_MODERATOR, server.user("otto"));
        oscar.await(id -> new Appoint(id, otherRoom, id("otto")));
        CLIENTS.put(Who.USER, server.user("ulla"));
        CLIENTS.put(Who.GUEST, server.guest());
        CLIENTS.put(Who.BANNED, server.user("bert"));
        bertBan = olga.await(id -> new Ban(id, id("bert"), room, RestrictionKind.BAN, 86_400L, "fixture")).id();
        CLIENTS.put(Who.MUTED, server.user("muriel"));
        murielMute = olga.await(id -> new Ban(id, id("muriel"), room, RestrictionKind.MUTE, 86_400L, "fixture")).id();
        tina = server.register("tina").user().id();
        sharedTarget = server.register("dora").user().id();
        preRegisterTargets();
        root.await(id -> new BlockAddress(id, FIXTURE_ADDRESS, "fixture"));
        IDS.put(Who.SUPERUSER, id("root"));
        IDS.put(Who.ADMIN, id("ann"));
        IDS.put(Who.OWNER, id("olga"));
        IDS.put(Who.MODERATOR, id("mona"));
        IDS.put(Who.OTHER_MODERATOR, id("otto"));
        IDS.put(Who.USER, id("ulla"));
        IDS.put(Who.BANNED, id("bert"));
        IDS.put(Who.MUTED, id("muriel"));
        ulla = id("ulla");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> cells() {
        return Stream.of(Action.values()).flatMap(action -> Stream.of(Who.values())
                .map(who -> Arguments.of(action, who, action.allowed.contains(who) ? "allowed" : "forbidden")));
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("cells")
    void privilegedFrame_isAllowedOrForbidden_asTheMatrixSays(Action action, Who who, String expected) {
        ParleyClient actor = CLIENTS.get(who);
        Cell cell = prepare(action, who);
        try {
            if (action.allowed.contains(who)) {
                cell.onSuccess().accept(cell.attempt().apply(actor));
            } else {
                Snapshot before = snapshot();
                assertThatThrownBy(() -> cell.attempt().apply(actor))
                        .isInstanceOfSatisfying(ParleyException.class,
                                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
                assertThat(snapshot()).as("moderation state after the denied request").isEqualTo(before);
            }
        } catch (AssertionError | RuntimeException e) {
            // surefire reports parameterized tests by index: say which cell of the matrix failed
            throw new AssertionError(action + " by " + who + " should be " + expected + ": " + e.getMessage(), e);
        } finally {
            cell.cleanup().run();
        }
    }

    private static Cell prepare(Action action, Who who) {
        int n = SEQUENCE.incrementAndGet();
        Runnable nothing = () -> { };
        switch (action) {
            case CREATE_ROOM: {
                String name = "room-" + n;
                return new Cell(c -> c.await(id -> new CreateRoom(id, name, "")), r -> {
                    assertThat(((RoomInfo) r).owner()).isEqualTo(IDS.get(who));
                    assertThat(rooms()).extracting(RoomInfo::name).contains(name);
                }, nothing);
            }
            case UPDATE_TOPIC: {
                String topic = "topic " + n;
                return new Cell(c -> c.await(id -> new UpdateRoom(id, room, topic, null, null)),
                        r -> assertThat(ourRoom().topic()).isEqualTo(topic), nothing);
            }
            case UPDATE_SLOWMODE:
                return new Cell(c -> c.await(id -> new UpdateRoom(id, room, null, 17, null)),
                        r -> assertThat(ourRoom().slowmodeSeconds()).isEqualTo(17),
                        () -> root.await(id -> new UpdateRoom(id, room, null, 0, null)));
            case UPDATE_CLOSE:
                return new Cell(c -> c.await(id -> new UpdateRoom(id, room, null, null, true)),
                        r -> assertThat(ourRoom().closed()).isTrue(), ModerationAuthorizationMatrixTest::reopenRoom);
            case UPDATE_REOPEN:
                root.await(id -> new UpdateRoom(id, room, null, null, true));
                return new Cell(c -> c.await(id -> new UpdateRoom(id, room, null, null, false)),
                        r -> assertThat(ourRoom().closed()).isFalse(), ModerationAuthorizationMatrixTest::reopenRoom);
            case APPOINT: {
                long target = target(action, who, n);
                return new Cell(c -> c.await(id -> new Appoint(id, room, target)),
                        r -> assertThat(ourRoom().isModerator(target)).isTrue(),
                        () -> root.await(id -> new Demote(id, room, target)));
            }
            case DEMOTE: {
                long target = target(action, who, n);
                root.await(id -> new Appoint(id, room, target));
                return new Cell(c -> c.await(id -> new Demote(id, room, target)),
                        r -> assertThat(ourRoom().isModerator(target)).isFalse(),
                        () -> root.await(id -> new Demote(id, room, target)));
            }
            case BAN_ROOM_TIMED:
                return restrict(action, who, n, room, RestrictionKind.BAN, 600L);
            case MUTE_ROOM_TIMED:
                return restrict(action, who, n, room, RestrictionKind.MUTE, 600L);
            case BAN_ROOM_INDEFINITE:
                return restrict(action, who, n, room, RestrictionKind.BAN, null);
            case MUTE_ROOM_INDEFINITE:
                return restrict(action, who, n, room, RestrictionKind.MUTE, null);
            case BAN_SITE_WIDE:
                return restrict(action, who, n, null, RestrictionKind.BAN, 600L);
            case MUTE_SITE_WIDE:
                return restrict(action, who, n, null, RestrictionKind.MUTE, 600L);
            case BAN_NO_ROOMS:
                return restrict(action, who, n, null, RestrictionKind.NO_ROOMS, 3_600L);
            case UNBAN_TIMED:
                return lift(action, who, n, room, 600L);
            case UNBAN_INDEFINITE:
                return lift(action, who, n, room, null);
            case UNBAN_SITE_WIDE:
                return lift(action, who, n, null, 600L);
            case CANCEL_BAN: {
                long target = target(action, who, n);
                long ban = root.await(id -> new Ban(id, target, room, RestrictionKind.BAN, 600L, "to cancel")).id();
                return new Cell(c -> c.await(id -> new CancelBan(id, ban)),
                        r -> assertThat(bansOf(target)).isEmpty(), () -> cancelAll(target));
            }
            case BANS_OF_ROOM:
                return new Cell(c -> c.await(id -> new ListBans(id, room, null, false, null, 100)),
                        r -> assertThat(((RestrictionList) r).restrictions()).extracting(Restriction::id)
                                .contains(bertBan, murielMute), nothing);
            case BANS_ALL:
                return new Cell(c -> c.await(id -> new ListBans(id, null, null, false, null, 100)),
                        r -> assertThat(((RestrictionList) r).restrictions()).extracting(Restriction::id)
                                .contains(bertBan, murielMute), nothing);
            case SET_ROLE: {
                long target = target(action, who, n);
                return new Cell(c -> c.await(id -> new SetRole(id, target, Role.ADMIN)),
                        r -> assertThat(admins()).extracting(UserInfo::id).contains(target),
                        () -> root.await(id -> new SetRole(id, target, Role.USER)));
            }
            case ADMINS:
                return new Cell(c -> c.await(ListAdmins::new), r -> assertThat(((UserList) r).users())
                        .extracting(UserInfo::username).containsExactlyInAnyOrder("root", "ann"), nothing);
            case FIND_USER:
                return new Cell(c -> c.await(id -> new FindUser(id, "ulla")),
                        r -> assertThat(((UserInfo) r).id()).isEqualTo(ulla), nothing);
            case BLOCK_ADDRESS: {
                String address = "198.51.100." + (n % 250 + 1);
                return new Cell(c -> c.await(id -> new BlockAddress(id, address, "matrix")),
                        r -> assertThat(addressBlocks()).contains(address),
                        () -> root.await(id -> new UnblockAddress(id, address)));
            }
            case UNBLOCK_ADDRESS: {
                String address = "198.51.100." + (n % 250 + 1);
                root.await(id -> new BlockAddress(id, address, "to unblock"));
                return new Cell(c -> c.await(id -> new UnblockAddress(id, address)),
                        r -> assertThat(addressBlocks()).doesNotContain(address),
                        () -> root.await(id -> new UnblockAddress(id, address)));
            }
            case ADDRESS_BLOCKS:
                return new Cell(c -> c.await(ListAddressBlocks::new), r -> assertThat(((AddressBlockList) r).blocks())
                        .extracting(AddressBlock::address).contains(FIXTURE_ADDRESS), nothing);
            case USER_ADDRESSES:
                return new Cell(c -> c.await(id -> new UserAddresses(id, ulla)),
                        r -> assertThat(((AddressList) r).addresses()).containsExactly("127.0.0.1"), nothing);
            case AUDIT:
                return new Cell(c -> c.await(id -> new ReadAudit(id, AuditAction.CREATE_ROOM, null, null, room, null, 100)),
                        r -> assertThat(((AuditPage) r).entries()).singleElement()
                                .satisfies(e -> assertThat(e.actor().id()).isEqualTo(IDS.get(Who.OWNER))), nothing);
            case BLOCK_USER: {
                ParleyClient actor = CLIENTS.get(who);
                return new Cell(c -> c.await(id -> new BlockUser(id, tina)),
                        r -> assertThat(actor.await(ListBlocks::new).users()).extracting(UserInfo::id).containsExactly(tina),
                        () -> actor.await(id -> new UnblockUser(id, tina)));
            }
            default:
                throw new IllegalArgumentException(action.name());
        }
    }

    /** A cell imposing a restriction on a fresh plain user. */
    private static Cell restrict(Action action, Who who, int n, Long inRoom, RestrictionKind kind, Long seconds) {
        long target = target(action, who, n);
        return new Cell(c -> c.await(id -> new Ban(id, target, inRoom, kind, seconds, "matrix")), r -> {
            Restriction restriction = (Restriction) r;
            assertThat(restriction.active()).isTrue();
            assertThat(restriction.kind()).isEqualTo(kind);
            assertThat(restriction.room()).isEqualTo(inRoom);
            assertThat(restriction.user().id()).isEqualTo(target);
            assertThat(restriction.until()).isEqualTo(seconds == null ? null : restriction.created().plusSeconds(seconds));
            assertThat(bansOf(target)).extracting(Restriction::id).containsExactly(restriction.id());
        }, () -> cancelAll(target));
    }

    /** A cell lifting a ban the superuser imposed on a fresh plain user. */
    private static Cell lift(Action action, Who who, int n, Long inRoom, Long seconds) {
        long target = target(action, who, n);
        long ban = root.await(id -> new Ban(id, target, inRoom, RestrictionKind.BAN, seconds, "to lift")).id();
        return new Cell(c -> c.await(id -> new Unban(id, ban)), r -> {
            Restriction lifted = (Restriction) r;
            assertThat(lifted.lifted()).isNotNull();
            assertThat(lifted.liftedBy().id()).isEqualTo(IDS.get(who));
            assertThat(lifted.active()).isFalse();
            assertThat(bansOf(target)).singleElement().satisfies(b -> assertThat(b.lifted()).isNotNull());
        }, () -> cancelAll(target));
    }

    /** Actions whose cells need a fresh plain user as their target. */
    private static final Set<Action> WITH_TARGET = EnumSet.of(Action.APPOINT, Action.DEMOTE, Action.BAN_ROOM_TIMED,
            Action.MUTE_ROOM_TIMED, Action.BAN_ROOM_INDEFINITE, Action.MUTE_ROOM_INDEFINITE, Action.BAN_SITE_WIDE,
            Action.MUTE_SITE_WIDE, Action.BAN_NO_ROOMS, Action.UNBAN_TIMED, Action.UNBAN_INDEFINITE,
            Action.UNBAN_SITE_WIDE, Action.CANCEL_BAN, Action.SET_ROLE);
    private static final java.util.Queue<Long> TARGETS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Registers every cell's fresh target up front, in parallel: password hashing is most of a cell's cost. */
    private static void preRegisterTargets() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(2, Runtime.getRuntime().availableProcessors()));
        try {
            List<java.util.concurrent.Future<Long>> ids = new java.util.ArrayList<>();
            long allowedCells = WITH_TARGET.stream().mapToLong(a -> a.allowed.size()).sum();
            for (int k = 0; k < allowedCells; k++) {
                String name = "target" + k;
                ids.add(pool.submit(() -> server.register(name).user().id()));
            }
            for (java.util.concurrent.Future<Long> id : ids) {
                TARGETS.add(id.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not register the targets", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The target of a cell: a plain user no cell has used yet when the cell is allowed (it will
     * change them); for a denied cell, which must change nothing, the one shared plain user
     * (every cell's clean-up undoes what a wrongly allowed request would have done to them).
     */
    private static long target(Action action, Who who, int n) {
        if (!action.allowed.contains(who)) {
            return sharedTarget;
        }
        Long id = TARGETS.poll();
        return id != null ? id : server.register("late-target" + n).user().id();
    }

    private static long id(String username) {
        return root.await(id -> new FindUser(id, username)).id();
    }

    private static List<RoomInfo> rooms() {
        return root.await(ListRooms::new).rooms();
    }

    private static RoomInfo ourRoom() {
        return rooms().stream().filter(r -> r.id() == room).findFirst().orElseThrow();
    }

    private static List<Restriction> bansOf(long user) {
        return root.await(id -> new ListBans(id, null, user, false, null, 100)).restrictions();
    }

    private static List<UserInfo> admins() {
        return root.await(ListAdmins::new).users();
    }

    private static List<String> addressBlocks() {
        return root.await(ListAddressBlocks::new).blocks().stream().map(AddressBlock::address).toList();
    }

    private static void cancelAll(long user) {
        for (Restriction r : bansOf(user)) {
            root.await(id -> new CancelBan(id, r.id()));
        }
    }

    private static Snapshot snapshot() {
        return new Snapshot(root.await(id -> new ListBans(id, null, null, false, null, 100)).restrictions(),
                root.await(id -> new ReadAudit(id, null, null, null, null, null, 100)).entries(),
                root.await(ListAddressBlocks::new).blocks(), rooms(), admins());
    }

    /** Puts olga's room back open (as the superuser), whatever a cell did to it. */
    private static void reopenRoom() {
        root.await(id -> new UpdateRoom(id, room, null, null, false));
    }
}
