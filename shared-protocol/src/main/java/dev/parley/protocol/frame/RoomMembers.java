package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.UserList;

/**
 * The room's members (users who have opened it), for {@code @} completion (spec M-12): those whose
 * user name or display name starts with {@code prefix} (case-insensitive; all when absent), at
 * most {@code limit}, by name. Anyone who may read the room.
 */
public record RoomMembers(String id, Long room, String prefix, Integer limit) implements Request<UserList> {
    public RoomMembers {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        if (prefix != null && prefix.codePointCount(0, prefix.length()) > Limits.MAX_USERNAME_LENGTH) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "prefix");
        }
        Checks.range(limit, "limit", 1, Limits.MAX_USERS_PER_REQUEST, 20);
    }

    public int maxUsers() {
        return limit == null ? 20 : limit;
    }

    @Override
    public Class<UserList> resultType() {
        return UserList.class;
    }
}
