package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.UserList;

/** The admins and the superuser, for the superuser's admins page. Admins only. */
public record ListAdmins(String id) implements Request<UserList> {
    public ListAdmins {
        Checks.requestId(id);
    }

    @Override
    public Class<UserList> resultType() {
        return UserList.class;
    }
}
