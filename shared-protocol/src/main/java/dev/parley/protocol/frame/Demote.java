package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.RoomInfo;

/** Removes {@code user} from the moderators of {@code room}: the room's owner or an admin only. */
public record Demote(String id, Long room, Long user) implements Request<RoomInfo> {
    public Demote {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        Checks.positiveId(user, "user");
    }

    @Override
    public Class<RoomInfo> resultType() {
        return RoomInfo.class;
    }
}
