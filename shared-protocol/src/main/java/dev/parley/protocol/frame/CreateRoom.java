package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.RoomInfo;

/**
 * Opens a public room of the caller's own (spec R-2); the caller becomes its owner. Names are
 * unique, case-insensitively, among public rooms. Refused for guests and for users banned from
 * opening rooms.
 */
public record CreateRoom(String id, String name, String topic) implements Request<RoomInfo> {
    public CreateRoom {
        Checks.requestId(id);
        Checks.text(name, "name", Limits.MAX_ROOM_NAME_LENGTH);
        if (topic != null && !topic.isEmpty()) {
            Checks.text(topic, "topic", Limits.MAX_TOPIC_LENGTH);
        }
    }

    @Override
    public Class<RoomInfo> resultType() {
        return RoomInfo.class;
    }
}
