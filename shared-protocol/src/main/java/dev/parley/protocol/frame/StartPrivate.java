package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.RoomInfo;

/**
 * Opens the private 1:1 chat with {@code user} (spec R-3), creating it the first time: one chat
 * per pair of users, whoever starts it. Only the two participants can read anything of it. The
 * result is its RoomInfo (kind {@code private}); both participants' connections get a
 * {@code room} push when it is created.
 */
public record StartPrivate(String id, Long user) implements Request<RoomInfo> {
    public StartPrivate {
        Checks.requestId(id);
        Checks.positiveId(user, "user");
    }

    @Override
    public Class<RoomInfo> resultType() {
        return RoomInfo.class;
    }
}
