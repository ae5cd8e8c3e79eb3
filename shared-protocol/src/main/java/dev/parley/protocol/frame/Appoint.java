package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.RoomInfo;

/** Makes {@code user} a moderator of {@code room} (spec MOD-2): the room's owner or an admin only. */
public record Appoint(String id, Long room, Long user) implements Request<RoomInfo> {
    public Appoint {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        Checks.positiveId(user, "user");
    }

    @Override
    public Class<RoomInfo> resultType() {
        return RoomInfo.class;
    }
}
