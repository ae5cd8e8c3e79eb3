package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.SessionInfo;

/**
 * Logs in as a guest (spec ID-3), when the server allows guests. {@code name} and
 * {@code color} are optional: the name ({@code Guest} and four digits) and colour the client had
 * last time. The server grants them when it can (a name held by a registered user or by a guest
 * who is online now is not granted) and otherwise picks a free random name; the colour asked
 * for is kept either way (a random one when none is asked for).
 */
public record GuestLogin(String id, String name, String color) implements Request<SessionInfo> {
    public GuestLogin {
        Checks.requestId(id);
        if (name != null && !name.matches(GUEST_NAME)) {
            throw dev.parley.protocol.ParleyException.field(dev.parley.protocol.ErrorCode.INVALID_FIELD, "name");
        }
        if (color != null && !color.matches(COLOR)) {
            throw dev.parley.protocol.ParleyException.field(dev.parley.protocol.ErrorCode.INVALID_FIELD, "color");
        }
    }

    /** A guest's name: {@code Guest} and four digits. */
    public static final String GUEST_NAME = "Guest[0-9]{4}";
    /** A name colour, {@code #rrggbb}. */
    public static final String COLOR = "#[0-9a-fA-F]{6}";

    @Override
    public Class<SessionInfo> resultType() {
        return SessionInfo.class;
    }
}
