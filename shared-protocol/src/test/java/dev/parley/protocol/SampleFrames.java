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
import dev.parley.protocol.frame.DeleteMessage;
import dev.parley.protocol.frame.EditMessage;
import dev.parley.protocol.frame.FetchBlob;
import dev.parley.protocol.frame.FetchUsers;
import dev.parley.protocol.frame.FinishUpload;
import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.MessageVersions;
import dev.parley.protocol.frame.React;
import dev.parley.protocol.frame.ReactionsChanged;
import dev.parley.protocol.frame.RevealAuthor;
import dev.parley.protocol.frame.RoomMembers;
import dev.parley.protocol.frame.ScoreChanged;
import dev.parley.protocol.frame.StartUpload;
import dev.parley.protocol.frame.UpdateProfile;
import dev.parley.protocol.frame.UploadChunk;
import dev.parley.protocol.frame.UserChanged;
import dev.parley.protocol.frame.Vote;
import dev.parley.protocol.frame.ConversationChanged;
import dev.parley.protocol.frame.ListConversations;
import dev.parley.protocol.frame.MarkRead;
import dev.parley.protocol.frame.PresenceChanged;
import dev.parley.protocol.frame.SetNotify;
import dev.parley.protocol.frame.StartPrivate;
import dev.parley.protocol.frame.WatchPresence;
import dev.parley.protocol.frame.WatchRooms;
import dev.parley.protocol.model.ConversationList;
import dev.parley.protocol.model.ConversationState;
import dev.parley.protocol.model.PresenceList;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.BlobChunk;
import dev.parley.protocol.model.MessageHistory;
import dev.parley.protocol.model.MessageVersion;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.ReplyQuote;
import dev.parley.protocol.model.UploadProgress;
import dev.parley.protocol.model.UploadStarted;
import dev.parley.protocol.model.VoteResult;
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
    static final String PICTURE_ID = "8460e24969d53e382b52b1caebde8dc491de69e7f4f6924c95c2eb6101822810";
    static final String THUMB_ID = "05eeec2d70845694d3ba89ad9e1c34b6b4d806275c3c63b84241a40ae4591ca4";
    static final Attachment PICTURE = new Attachment(PICTURE_ID, Attachment.PICTURE, "whiteboard.png", 48213,
            "image/png", 1600, 1200, THUMB_ID);
    static final Attachment FILE = new Attachment(THUMB_ID, Attachment.FILE, "report.pdf", 183502,
            "application/octet-stream", null, null, null);
    /** Every optional part of a message set, as its author reads it. */
    static final MessageInfo RICH = new MessageInfo(130, 1, 42L, "@tomek the plan 🎉", Instant.parse("2026-11-22T10:30:00Z"),
            Instant.parse("2026-11-22T10:31:00.5Z"), false, true, -2, -1,
            new ReplyQuote(120, 9L, "Standup in 5", false, "whiteboard.png"),
            List.of(new Reaction("\uD83D\uDC4D", 12, List.of(7L, 9L), true), new Reaction("\uD83D\uDC40", 1, List.of(9L), null)),
            PICTURE, List.of(9L));
    /** A tombstone of an anonymous message, as others read it. */
    static final MessageInfo TOMBSTONE = new MessageInfo(131, 1, null, null, Instant.parse("2026-11-22T10:31:00Z"), null,
            true, true, 0, null, new ReplyQuote(130, null, null, true, null), List.of(), null, List.of());
    static final UserInfo PROFILED = new UserInfo(42, "weatherbot", "Weather Bot", "#2a7ab0", "Forecasts every hour",
            "87bbe879c7a5f5784a70384bb49fa9513a6a3fbe4c2d388635e3c87611c03fae");
    static final RoomInfo PRIVATE_CHAT = new RoomInfo(31, "ania,tomek", null, 0, false, RoomInfo.PRIVATE, null,
            List.of(), List.of(ANIA, TOMEK));
    static final ConversationState READ = new ConversationState(1, 124L, 0, 0, true);
    static final ConversationState NEVER_READ = new ConversationState(2, null, Limits.MAX_UNREAD_COUNT, 3, false);
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
                new AddressList(List.of()),
                new Welcome(Protocol.VERSION, "parley 0.1.0", true, Limits.MAX_TEXT_LENGTH, false, 10_485_760L, 26_214_400L),
                RICH,
                TOMBSTONE,
                PROFILED,
                new HistoryPage(1, List.of(RICH, TOMBSTONE), List.of(ANIA, TOMEK, PROFILED), false, true),
                new HistoryPage(1, List.of(), List.of(), false, false),
                new Reaction("\u2764\uFE0F", 1, List.of(42L), true),
                new VoteResult(1, 120, 3, 0),
                new MessageHistory(121, 1, List.of(new MessageVersion("one", Instant.parse("2026-11-22T10:15:30.123Z")),
                        new MessageVersion("two", Instant.parse("2026-11-22T10:20:02Z")))),
                PICTURE,
                FILE,
                new UploadStarted("u-3f1c9a7e", Limits.UPLOAD_CHUNK_BYTES),
                new UploadProgress("u-3f1c9a7e", 36864),
                new BlobChunk(THUMB_ID, 131072, 262144, "image/png", "iVBORw0KGgo="),
                PRIVATE_CHAT,
                READ,
                NEVER_READ,
                new ConversationList(List.of(READ, NEVER_READ)),
                new ConversationList(List.of()),
                new PresenceList(List.of(7L, 9L)),
                new PresenceList(List.of()));
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
                new RoleChanged(Role.USER),
                new FetchHistory("f3", 1L, null, 122L, null, 100),
                new FetchHistory("f4", 1L, null, null, 101L, 3),
                new EditMessage("e1", 121L, "Forecast: 14 °C"),
                new MessageVersions("v1", 121L),
                new DeleteMessage("dm1", 121L),
                new Vote("vo1", 120L, -1),
                new Vote("vo2", 120L, 0),
                new React("re1", 120L, "\uD83D\uDC4D", true),
                new React("re2", 120L, "\uD83D\uDE4F", false),
                new RoomMembers("me1", 1L, null, null),
                new RoomMembers("me2", 1L, "to", 5),
                new FetchUsers("us1", List.of(7L, 9L)),
                new RevealAuthor("ra1", 131L),
                new UpdateProfile("up1", "Weather Bot", "#2a7ab0", "Forecasts", PROFILED.avatar()),
                new UpdateProfile("up2", null, null, "", ""),
                new StartUpload("ul1", "whiteboard.png", 5_242_880L, Attachment.PICTURE),
                new UploadChunk("uc1", "u-3f1c9a7e", 0L, "iVBORw0KGgo="),
                new FinishUpload("ud1", "u-3f1c9a7e", PICTURE_ID),
                new FetchBlob("fb1", THUMB_ID, null),
                new FetchBlob("fb2", THUMB_ID, 131_072L),
                new SendMessage("m2", 1L, UUID.fromString("0b7e4a52-1d3c-4f8e-9a61-5c2d7e8f9a10"), "", true, 120L, PICTURE_ID),
                new MessagePosted(RICH.forOthers(), null),
                new MessageChanged(RICH.forOthers()),
                new MessageChanged(TOMBSTONE),
                new ScoreChanged(1L, 120L, 3, null),
                new ScoreChanged(1L, 120L, -1, -1),
                new ReactionsChanged(1L, 120L, "\uD83D\uDC4D", 42L, false, 11),
                new UserChanged(PROFILED),
                new OpenRoom("p3", 1L, 50, 121L),
                new StartPrivate("pr1", 9L),
                new ListConversations("cv1"),
                new WatchRooms("w1", List.of(1L, 2L, 31L)),
                new WatchRooms("w2", List.of()),
                new MarkRead("rd1", 1L, 124L),
                new SetNotify("n1", 31L, false),
                new WatchPresence("wp1", List.of(7L, 9L, 88L)),
                new WatchPresence("wp2", List.of()),
                new ConversationChanged(READ),
                new ConversationChanged(NEVER_READ),
                new PresenceChanged(9L, true),
                new PresenceChanged(9L, false),
                new RoomChanged(PRIVATE_CHAT)));
        for (Object result : results()) {
            frames.add(new Ok("res", codec.tree(result)));
        }
        return List.copyOf(frames);
    }
}
