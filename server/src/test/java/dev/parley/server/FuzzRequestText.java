package dev.parley.server;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.protocol.Limits;
import java.util.UUID;

/**
 * Builds request frames from fuzzer data that mostly pass the codec, so fuzzing time goes into
 * the handlers and services (rooms, history pages, sends, accounts) rather than into JSON syntax,
 * which the raw-text fuzz test and the codec's own fuzz test cover. Fields are the real ones of
 * each request with values at and around their limits; now and then a field is left out, has the
 * wrong JSON type, or the frame is a reply or push a client may not send.
 */
final class FuzzRequestText {
    private static final String[] TYPES = {
        "hello", "register", "login", "resume", "logout", "change_password", "rooms", "open", "close",
        "send", "history", "ok", "error", "message",
    };
    /** One client message id used again and again, so resends of a stored message are reached. */
    private static final UUID RESENT = UUID.fromString("5f0c8a4e-2f1b-4a57-9a8e-0d6c2b1e7a10");

    private FuzzRequestText() {
    }

    /** One frame's text; {@code rooms} are the ids of existing rooms to aim at. */
    static String request(FuzzedDataProvider data, long[] rooms) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode frame = json.objectNode();
        String type = data.pickValue(TYPES);
        frame.put("type", type);
        switch (data.consumeInt(0, 15)) {
            case 0 -> { }
            case 1 -> frame.put("id", data.consumeInt());
            case 2 -> frame.put("id", data.consumeString(80));
            default -> frame.put("id", "f" + data.consumeInt(0, 999));
        }
        switch (type) {
            case "hello" -> {
                maybe(data, () -> frame.put("protocol", data.consumeBoolean() ? 1 : data.consumeInt()));
                maybe(data, () -> frame.put("client", text(data, 140)));
            }
            case "register" -> {
                maybe(data, () -> frame.put("username", text(data, 40)));
                maybe(data, () -> frame.put("password", text(data, 140)));
                if (data.consumeBoolean()) {
                    frame.put("displayName", text(data, 70));
                }
            }
            case "login" -> {
                maybe(data, () -> frame.put("username", text(data, 40)));
                maybe(data, () -> frame.put("password", text(data, 140)));
            }
            case "resume" -> maybe(data, () -> frame.put("token", text(data, 70)));
            case "change_password" -> {
                maybe(data, () -> frame.put("oldPassword", text(data, 140)));
                maybe(data, () -> frame.put("newPassword", text(data, 140)));
            }
            case "open", "close" -> {
                maybe(data, () -> frame.put("room", room(data, rooms)));
                if (data.consumeBoolean()) {
                    frame.put("limit", limit(data));
                }
            }
            case "history" -> {
                maybe(data, () -> frame.put("room", room(data, rooms)));
                if (data.consumeBoolean()) {
                    frame.put("before", data.consumeBoolean() ? data.consumeLong(-2, 1_000) : data.consumeLong());
                }
                if (data.consumeBoolean()) {
                    frame.put("limit", limit(data));
                }
            }
            case "send" -> {
                maybe(data, () -> frame.put("room", room(data, rooms)));
                maybe(data, () -> frame.put("clientMessageId",
                        switch (data.consumeInt(0, 3)) {
                            case 0 -> RESENT.toString();
                            case 1 -> data.consumeString(40);
                            default -> new UUID(data.consumeLong(), data.consumeLong()).toString();
                        }));
                maybe(data, () -> frame.put("text", data.consumeInt(0, 7) == 0
                        ? "x".repeat(Limits.MAX_TEXT_LENGTH - 2) + text(data, 4) : text(data, 200)));
            }
            case "ok" -> frame.set("result", data.consumeBoolean() ? json.objectNode() : json.textNode(text(data, 20)));
            case "error" -> frame.put("code", text(data, 20));
            default -> { }
        }
        if (data.consumeInt(0, 9) == 0) {
            // a field of the wrong JSON type
            frame.set(data.pickValue(new String[] {"room", "limit", "before", "text", "protocol", "username"}),
                    data.consumeBoolean() ? json.booleanNode(true) : json.arrayNode().add(1));
        }
        return frame.toString();
    }

    private static void maybe(FuzzedDataProvider data, Runnable put) {
        if (data.consumeInt(0, 11) != 0) {
            put.run();
        }
    }

    private static long room(FuzzedDataProvider data, long[] rooms) {
        return switch (data.consumeInt(0, 7)) {
            case 0 -> data.consumeLong();
            case 1 -> data.consumeLong(-1, 10);
            default -> rooms[data.consumeInt(0, rooms.length - 1)];
        };
    }

    private static int limit(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.consumeInt(-1, Limits.MAX_PAGE_SIZE + 1) : data.consumeInt();
    }

    /** Short fuzzed text, sometimes only whitespace or control characters. */
    private static String text(FuzzedDataProvider data, int maxLength) {
        return switch (data.consumeInt(0, 9)) {
            case 0 -> " \t\n".substring(0, data.consumeInt(0, 3));
            case 1 -> "a\u0007b\u0000\u202e\ud83d\ude00";
            default -> data.consumeString(maxLength);
        };
    }
}
