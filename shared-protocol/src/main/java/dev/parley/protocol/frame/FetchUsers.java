package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.UserList;

/**
 * Users by id (names, colours, avatars for reactions, mentions and quotes), at most
 * {@link Limits#MAX_USERS_PER_REQUEST}; unknown ids are left out.
 */
public record FetchUsers(String id, java.util.List<Long> ids) implements Request<UserList> {
    public FetchUsers {
        Checks.requestId(id);
        Checks.required(ids, "ids");
        if (ids.isEmpty() || ids.size() > Limits.MAX_USERS_PER_REQUEST) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "ids");
        }
        for (Long user : ids) {
            Checks.positiveId(user, "ids");
        }
        ids = java.util.List.copyOf(ids);
    }

    @Override
    public Class<UserList> resultType() {
        return UserList.class;
    }
}
