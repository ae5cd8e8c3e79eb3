package dev.parley.protocol;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;

/**
 * Builds JSON-ish frame text from fuzzer data out of protocol fragments (frame type names, field
 * names, edge-case values), so the fuzzer reaches the binding code and the records' checks in a
 * few steps instead of first having to discover JSON syntax and the type names byte by byte.
 *
 * <p>The text is mostly well-formed: an object with a {@code type} and an {@code id}, then fields
 * drawn from every record's field names with values of every JSON shape. Now and then it is
 * broken on purpose (a duplicate key, a cut-off end, trailing garbage, raw fuzzer text spliced
 * in) so the limits and the error mapping are exercised too.
 */
final class FuzzFrameText {
    static final String[] TYPES = {
        "hello", "register", "login", "resume", "logout", "change_password", "rooms", "open", "close",
        "send", "history", "ok", "error", "message", "", "HELLO", "Send", "unknown", "type",
        "guest", "create_room", "update_room", "appoint", "demote", "set_role", "admins", "find_user", "ban",
        "unban", "cancel_ban", "bans", "my_restrictions", "block", "unblock", "blocks", "block_address",
        "unblock_address", "address_blocks", "user_addresses", "audit", "room", "restriction", "role",
    };
    static final String[] FIELDS = {
        "id", "type", "room", "before", "limit", "text", "clientMessageId", "protocol", "client",
        "username", "password", "displayName", "token", "oldPassword", "newPassword", "result", "code",
        "params", "message", "author", "created", "edited", "messages", "users", "hasMore", "rooms",
        "user", "color", "name", "topic", "slowmodeSeconds", "closed", "registrationOpen",
        "maxTextLength", "server", "field", "max", "@class", "",
        "kind", "owner", "moderators", "role", "guestsAllowed", "durationSeconds", "reason", "restriction",
        "activeOnly", "action", "actor", "target", "address", "roomName", "until", "lifted", "liftedBy", "active",
        "restrictions", "entries", "at", "details", "blocks", "addresses",
    };
    private static final String[] NUMBERS = {
        "0", "-0", "1", "-1", "2147483647", "2147483648", "-2147483648", "-2147483649",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809",
        "99999999999999999999999", "1.5", "1e2", "1E400", "-1e400", "1e-400", "0.0", "-0.0", "4.9e-324",
        "1.7976931348623157e308", "100", "101", "4000", "4001", "1234567890123456789012345",
        "59", "60", "31622400", "31622401", "86400", "86401",
        "0x10", "01", "NaN", "Infinity", "-Infinity", "+1", ".5", "5.",
    };
    private static final String[] STRINGS = {
        "", " ", "a", "r1", "general", "alice", "password1", "5f0c8a4e-2f1b-4a57-9a8e-0d6c2b1e7a10",
        "00000000-0000-0000-0000-000000000000", "5f0c8a4e2f1b4a579a8e0d6c2b1e7a10", "{5f0c8a4e-2f1b-4a57-9a8e-0d6c2b1e7a10}",
        "1-1-1-1-1", "2024-01-01T00:00:00Z", "+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z",
        "2024-02-30T25:61:61Z", "1970-01-01T00:00:00.123456789Z", "not_authenticated", "internal", "INTERNAL",
        "\\u0000", "\\ud800", "\\udc00x", "\\ud83d\\ude00", "😀", "é", "\\u202e", "\\u0007", "\\n\\t",
        "\\\"", "\\\\", "\\/", "\\x41", "\\u12", "#ff00ff", "1", "true", "null",
        "ban", "mute", "no_rooms", "BAN", "kick", "guest", "user", "admin", "superuser", "Admin", "fixed",
        "auto_mute", "delete_message", "Guest0042", "Guest42", "203.0.113.45", "2001:db8::17",
    };
    private static final String[] RAW = {
        "null", "true", "false", "{}", "[]", "[null]", "{\"a\":1}", "[1,[2,[3]]]", "\"", "{", "}", "[", "]",
        ",", ":", "/*c*/", "//c\n", "'x'", "\u0000", "\uFEFF", " ", "\n",
    };

    private FuzzFrameText() {
    }

    /** One frame's text; consumes a bounded amount of the data. */
    static String frame(FuzzedDataProvider data) {
        StringBuilder out = new StringBuilder();
        out.append('{');
        int fields = 0;
        if (data.consumeInt(0, 9) > 0) {
            field(out, fields++, "type");
            out.append(quote(data.pickValue(TYPES)));
        }
        if (data.consumeInt(0, 9) > 0) {
            field(out, fields++, "id");
            out.append(data.consumeInt(0, 9) > 0 ? quote(data.consumeAsciiString(data.consumeInt(0, 3) == 0 ? 80 : 8)) : value(data, 0));
        }
        int more = data.consumeInt(0, 6);
        for (int i = 0; i < more; i++) {
            field(out, fields++, data.pickValue(FIELDS));
            out.append(value(data, 0));
        }
        out.append('}');
        switch (data.consumeInt(0, 15)) {
            case 0 -> out.setLength(Math.max(0, out.length() - 1 - data.consumeInt(0, 4)));
            case 1 -> out.append(data.pickValue(RAW));
            case 2 -> out.insert(data.consumeInt(0, out.length()), data.consumeString(12));
            case 3 -> out.insert(1, "\"id\":\"dup\",");
            default -> { }
        }
        return out.toString();
    }

    private static void field(StringBuilder out, int index, String name) {
        if (index > 0) {
            out.append(',');
        }
        out.append(quote(name)).append(':');
    }

    private static String value(FuzzedDataProvider data, int depth) {
        int kind = data.consumeInt(0, depth > 18 ? 5 : 9);
        return switch (kind) {
            case 0 -> data.pickValue(NUMBERS);
            case 1 -> Long.toString(data.consumeLong());
            case 2 -> "\"" + data.pickValue(STRINGS) + "\"";
            case 3 -> quote(data.consumeString(data.consumeInt(0, 5) == 0 ? 5000 : 40));
            case 4 -> data.pickValue(RAW);
            case 5 -> data.consumeBoolean() ? "null" : Double.toString(data.consumeDouble());
            case 6, 7 -> {
                StringBuilder obj = new StringBuilder("{");
                int n = data.consumeInt(0, 4);
                for (int i = 0; i < n; i++) {
                    field(obj, i, data.pickValue(FIELDS));
                    obj.append(value(data, depth + 1));
                }
                yield obj.append('}').toString();
            }
            default -> {
                StringBuilder arr = new StringBuilder("[");
                int n = data.consumeInt(0, 4);
                for (int i = 0; i < n; i++) {
                    arr.append(i > 0 ? "," : "").append(value(data, depth + 1));
                }
                yield arr.append(']').toString();
            }
        };
    }

    /** A JSON string literal for any Java string (control characters and quotes escaped). */
    static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
