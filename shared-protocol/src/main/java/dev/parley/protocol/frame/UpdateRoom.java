package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.RoomInfo;

/**
 * Changes a user room: its topic, its slowmode cooldown (0..{@link Limits#MAX_SLOWMODE_SECONDS}
 * seconds), or closes / reopens it. Absent fields stay as they are. Only the room's owner or an
 * admin; fixed rooms follow the config file and are refused.
 */
public record UpdateRoom(String id, Long room, String topic, Integer slowmodeSeconds, Boolean closed) implements Request<RoomInfo> {
    public UpdateRoom {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        if (topic != null && topic.codePointCount(0, topic.length()) > Limits.MAX_TOPIC_LENGTH) {
            throw new dev.parley.protocol.ParleyException(dev.parley.protocol.ErrorCode.INVALID_FIELD,
                    java.util.Map.of("field", "topic", "max", Integer.toString(Limits.MAX_TOPIC_LENGTH)));
        }
        Checks.range(slowmodeSeconds, "slowmodeSeconds", 0, Limits.MAX_SLOWMODE_SECONDS, 0);
        if (topic == null && slowmodeSeconds == null && closed == null) {
            throw dev.parley.protocol.ParleyException.field(dev.parley.protocol.ErrorCode.MISSING_FIELD, "topic");
        }
    }

    @Override
    public Class<RoomInfo> resultType() {
        return RoomInfo.class;
    }
}
