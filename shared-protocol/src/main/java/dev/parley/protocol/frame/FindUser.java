package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.UserInfo;

/** Looks a user up by user name (case-insensitive), for moderation pages: admins only. */
public record FindUser(String id, String username) implements Request<UserInfo> {
    public FindUser {
        Checks.requestId(id);
        Checks.text(username, "username", Limits.MAX_USERNAME_LENGTH);
    }

    @Override
    public Class<UserInfo> resultType() {
        return UserInfo.class;
    }
}
