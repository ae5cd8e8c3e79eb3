package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;

/**
 * Appoints an admin ({@code role: "admin"}) or removes one ({@code "user"}) (spec ID-5): the
 * superuser only. Guests and the superuser cannot be changed.
 */
public record SetRole(String id, Long user, Role role) implements Request<UserInfo> {
    public SetRole {
        Checks.requestId(id);
        Checks.positiveId(user, "user");
        Checks.required(role, "role");
        if (role != Role.ADMIN && role != Role.USER) {
            throw dev.parley.protocol.ParleyException.field(dev.parley.protocol.ErrorCode.INVALID_FIELD, "role");
        }
    }

    @Override
    public Class<UserInfo> resultType() {
        return UserInfo.class;
    }
}
