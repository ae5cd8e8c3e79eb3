package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.UserList;

/** The caller's block list. */
public record ListBlocks(String id) implements Request<UserList> {
    public ListBlocks {
        Checks.requestId(id);
    }

    @Override
    public Class<UserList> resultType() {
        return UserList.class;
    }
}
