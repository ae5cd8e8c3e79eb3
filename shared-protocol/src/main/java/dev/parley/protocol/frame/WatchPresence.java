package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.PresenceList;
import java.util.List;

/**
 * Asks which of {@code users} are online and replaces the set of users whose presence this
 * connection follows (spec A-5): from now on it gets a {@code presence} push whenever one of them
 * comes online (their first connection) or goes offline (their last connection closed or stopped
 * answering). An empty list stops the pushes.
 */
public record WatchPresence(String id, List<Long> users) implements Request<PresenceList> {
    public WatchPresence {
        Checks.requestId(id);
        Checks.required(users, "users");
        if (users.size() > Limits.MAX_PRESENCE_USERS) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "users");
        }
        for (Long user : users) {
            Checks.positiveId(user, "users");
        }
        users = List.copyOf(users);
    }

    @Override
    public Class<PresenceList> resultType() {
        return PresenceList.class;
    }
}
