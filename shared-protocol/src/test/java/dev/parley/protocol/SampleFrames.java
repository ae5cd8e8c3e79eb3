package dev.parley.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import dev.parley.protocol.frame.ChangePassword;
import dev.parley.protocol.frame.CloseRoom;
import dev.parley.protocol.frame.ErrorReply;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.Hello;
import dev.parley.protocol.frame.ListRooms;
import dev.parley.protocol.frame.Login;
import dev.parley.protocol.frame.Logout;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.Ok;
import dev.parley.protocol.frame.OpenRoom;
import dev.parley.protocol.frame.Register;
import dev.parley.protocol.frame.Resume;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
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

    /** At least one instance of every frame type, with optional fields both set and unset. */
    static List<Frame> all() {
        FrameCodec codec = new FrameCodec();
        return List.of(
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
                new Ok("h1", codec.tree(new HistoryPage(1, List.of(PLAIN, EDITED), List.of(ANIA), true))),
                new Ok("s1", codec.tree(new SessionInfo("tok", ANIA))),
                new Ok("o1", codec.tree(new dev.parley.protocol.model.Done())),
                new ErrorReply("l1", ErrorCode.TOO_MANY_ATTEMPTS, Map.of("retryAfterSeconds", "30")),
                new ErrorReply(null, ErrorCode.MALFORMED_FRAME, Map.of()),
                new MessagePosted(EDITED, ANIA),
                new MessagePosted(PLAIN, ANIA));
    }
}
