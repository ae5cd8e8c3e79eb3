package dev.parley.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.BlockAddress;
import dev.parley.protocol.frame.BlockUser;
import dev.parley.protocol.frame.CancelBan;
import dev.parley.protocol.frame.ChangePassword;
import dev.parley.protocol.frame.CloseRoom;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.Demote;
import dev.parley.protocol.frame.ErrorReply;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.GuestLogin;
import dev.parley.protocol.frame.Hello;
import dev.parley.protocol.frame.ListAddressBlocks;
import dev.parley.protocol.frame.ListAdmins;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.frame.ListBlocks;
import dev.parley.protocol.frame.ListRooms;
import dev.parley.protocol.frame.Login;
import dev.parley.protocol.frame.Logout;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.MyRestrictions;
import dev.parley.protocol.frame.Ok;
import dev.parley.protocol.frame.OpenRoom;
import dev.parley.protocol.frame.ReadAudit;
import dev.parley.protocol.frame.Register;
import dev.parley.protocol.frame.RestrictionChanged;
import dev.parley.protocol.frame.Resume;
import dev.parley.protocol.frame.RoleChanged;
import dev.parley.protocol.frame.RoomChanged;
import dev.parley.protocol.frame.SendMessage;
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
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RestrictionList;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.UserList;
import dev.parley.protocol.model.Welcome;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test fixtures: one or more instances of every frame type, and the declared type names. */
final class SampleFrames {
    static final UserInfo ANIA = new UserInfo(7, "ania", "Ania", "#c0392b");
    static final MessageInfo PLAIN = new MessageInfo(117, 1, 7, "Morning! ☀ 𝄞",
            Instant.parse("2026-11-22T08:02:11.500Z"), null);
    static final MessageInfo EDITED = new MessageInfo(120, 1, 7, "Standup in 5",
            Instant.parse("2026-11-22T08:55:00Z"), Instant.parse("2026-11-22T08:56:30.250Z"));
    static final UserInfo TOMEK = new UserInfo(9, "tomek", "Tomek K.", "#16a085");
    /** A user room with a moderator, owner set. */
    static final RoomInfo USER_ROOM = new RoomInfo(12, "Board games", "Catan on Fridays", 30, false, RoomInfo.USER,
            42L, List.of(ANIA));
    /** A fixed room: no topic, no owner, no moderators. */
    static final RoomInfo FIXED_ROOM = new RoomInfo(3, "announcements", null, 60, true);
    /** A time-limited room mute, imposed by a moderator and still active. */
    static final Restriction ROOM_MUTE = new Restriction(55, RestrictionKind.MUTE, 12L, "Board games", TOMEK, ANIA,
            "Flooding", Instant.parse("2026-11-22T10:20:00Z"), Instant.parse("2026-11-22T11:20:00Z"), null, null, true);
    /** A site-wide indefinite ban as its user sees it (no actor, no reason), lifted early. */
    static final Restriction LIFTED_SITE_BAN = new Restriction(56, RestrictionKind.BAN, null, null, TOMEK, null,
            null, Instant.parse("2026-11-22T10:20:00Z"), null, Instant.parse("2026-11-22T10:41:12.250Z"), ANIA, false);

    private SampleFrames() {
    }

    /** The {@code @JsonSubTypes} declared on {@link Frame}: name to class, in declaration order. */
    static Map<String, Class<?>> declaredTypes() {
        Map<String, Class<?>> types = new LinkedHashMap<>();
        for (JsonSubTypes.Type t : Frame.class.getAnnotation(JsonSubTypes.class).value()) {
            types.put(t.name(), t.value());
        }
        return types;
    }

    static List<JsonSubTypes.Type> declaredTypeList() {
        return Arrays.asList(Frame.class.getAnnotation(JsonSubTypes.class).value());
    }

    /** The declared wire name of a frame class. */
    static String typeName(Class<?> frameClass) {
        return declaredTypeList().stream().filter(t -> t.value() == frameClass)
                .map(JsonSubTypes.Type::name).findFirst()
                .orElseThrow(() -> new AssertionError("no @JsonSubTypes entry for " + frameClass));
    }

    /**
     * One or more instances of every result record the moderation requests return (and the
     * records that changed shape for them), with optional fields both set and unset.
     */
    static List<Object> results() {
        return List.of(
                new Welcome(Protocol.VERSION, "parley 0.1.0", true, Limits.MAX_TEXT_LENGTH, true),
                new Welcome(Protocol.VERSION, "parley 0.1.0", false, Limits.MAX_TEXT_LENGTH, false),
                new SessionInfo("tok", new UserInfo(311, "Guest0042", "Guest0042", "#8e44ad"), Role.GUEST),
                new SessionInfo("tok", ANIA, Role.SUPERUSER),
                USER_ROOM,
                FIXED_ROOM,
                new dev.parley.protocol.model.RoomList(List.of(FIXED_ROOM, USER_ROOM)),
                ROOM_MUTE,
                LIFTED_SITE_BAN,
                new RestrictionList(List.of(ROOM_MUTE, LIFTED_SITE_BAN), true),
                new RestrictionList(List.of(), false),
                new UserList(List.of(ANIA, TOMEK)),
                new AuditPage(List.of(
                        new AuditEntry(905, Instant.parse("2026-11-22T10:20:00Z"), AuditAction.MUTE, ANIA, TOMEK, 12L,
                                "3600 s: Flooding"),
                        new AuditEntry(871, Instant.parse("2026-11-21T22:03:41.500Z"), AuditAction.AUTO_MUTE, null, TOMEK,
                                12L, null),
                        new AuditEntry(870, Instant.parse("2026-11-21T22:00:00Z"), AuditAction.BLOCK_ADDRESS, ANIA, null,
                                null, "203.0.113.45")), false),
                new AddressBlockList(List.of(
                        new AddressBlock("203.0.113.45", "Spam bot", ANIA, Instant.parse("2026-11-22T10:30:00Z")),
                        new AddressBlock("2001:db8::17", null, ANIA, Instant.parse("2026-11-22T10:31:00Z")))),
                new AddressList(List.of("203.0.113.45", "2001:db8::17")),
                new AddressList(List.of()));
    }

    /** At least one instance of every frame type, with optional fields both set and unset. */
    static List<Frame> all() {
        FrameCodec codec = new FrameCodec();
        List<Frame> frames = new ArrayList<>(List.of(
                new Hello("h1", Protocol.VERSION, "weatherbot/0.3"),
                new Register("r1", "weatherbot", "correct horse battery", "Weather Bot"),
                new Register("r2", "weatherbot", "correct horse battery", null),
                new Login("l1", "weatherbot", "correct horse battery"),
                new Resume("s1", "Wq3Yx0c1mZ8kVbQw2nR7tLs4pE9uH6aJfXyD5oG1iC0"),
                new Logout("o1"),
                new ChangePassword("c1", "correct horse battery", "staple battery horse"),
                new ListRooms("k1"),
                new OpenRoom("p1", 1L, null),
                new OpenRoom("p2", 1L, 100),
                new CloseRoom("x1", 1L),
                new SendMessage("m1", 1L, UUID.fromString("6f1c2a9e-3b7d-4c1a-9f0e-2d8b5a7c4e11"), "Forecast ☔ 𝄞 \"quoted\"\n"),
                new FetchHistory("f1", 1L, null, null),
                new FetchHistory("f2", 9_007_199_254_740_993L, 9_007_199_254_740_993L, 1),
                new GuestLogin("g1", null, null),
                new GuestLogin("g2", "Guest0042", "#8e44ad"),
                new CreateRoom("cr1", "Board games", "Catan on Fridays"),
                new CreateRoom("cr2", "Board games", null),
                new UpdateRoom("u1", 12L, "", null, null),
                new UpdateRoom("u2", 12L, null, 0, true),
                new UpdateRoom("u3", 12L, "New topic", Limits.MAX_SLOWMODE_SECONDS, false),
                new Appoint("a1", 12L, 7L),
                new Demote("d1", 12L, 7L),
                new SetRole("sr1", 7L, Role.ADMIN),
                new SetRole("sr2", 7L, Role.USER),
                new ListAdmins("la1"),
                new FindUser("fu1", "Tomek"),
                new Ban("b1", 9L, 12L, RestrictionKind.MUTE, 3600L, "Flooding the channel"),
                new Ban("b2", 9L, null, RestrictionKind.BAN, null, null),
                new Ban("b3", 9L, null, RestrictionKind.NO_ROOMS, Limits.MAX_BAN_SECONDS, ""),
                new Unban("ub1", 55L),
                new CancelBan("cb1", 55L),
                new ListBans("lb1", null, null, null, null, null),
                new ListBans("lb2", 12L, 9L, true, 57L, 20),
                new MyRestrictions("mr1"),
                new BlockUser("bl1", 88L),
                new UnblockUser("ubl1", 88L),
                new ListBlocks("lbl1"),
                new BlockAddress("ba1", "203.0.113.45", "Spam bot"),
                new BlockAddress("ba2", "2001:db8::17", null),
                new UnblockAddress("uba1", "203.0.113.45"),
                new ListAddressBlocks("lab1"),
                new UserAddresses("uad1", 88L),
                new ReadAudit("au1", null, null, null, null, null, null),
                new ReadAudit("au2", AuditAction.AUTO_MUTE, 42L, 9L, 12L, 905L, 100),
                new Ok("h1", codec.tree(new HistoryPage(1, List.of(PLAIN, EDITED), List.of(ANIA), true))),
                new Ok("s1", codec.tree(new SessionInfo("tok", ANIA))),
                new Ok("o1", codec.tree(new dev.parley.protocol.model.Done())),
                new ErrorReply("l1", ErrorCode.TOO_MANY_ATTEMPTS, Map.of("retryAfterSeconds", "30")),
                new ErrorReply(null, ErrorCode.MALFORMED_FRAME, Map.of()),
                new ErrorReply("b2", ErrorCode.BANNED, Map.of("room", "12", "until", "2026-11-22T11:20:00Z", "reason", "Spam")),
                new ErrorReply("m1", ErrorCode.SLOWMODE, Map.of("retryAfterSeconds", "17")),
                new MessagePosted(EDITED, ANIA),
                new MessagePosted(PLAIN, ANIA),
                new RoomChanged(USER_ROOM),
                new RoomChanged(FIXED_ROOM),
                new RestrictionChanged(ROOM_MUTE),
                new RestrictionChanged(LIFTED_SITE_BAN),
                new RoleChanged(Role.ADMIN),
                new RoleChanged(Role.USER)));
        for (Object result : results()) {
            frames.add(new Ok("res", codec.tree(result)));
        }
        return List.copyOf(frames);
    }
}
