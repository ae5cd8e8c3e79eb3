package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.HistoryPage;

/**
 * Subscribes the connection to a room's pushes and returns its newest page of history
 * ({@code limit} messages, default {@link Limits#DEFAULT_PAGE_SIZE}), or with {@code around} the
 * page around that message id, as {@code history} would (spec A-2: opening at the first unread
 * message).
 */
public record OpenRoom(String id, Long room, Integer limit, Long around) implements Request<HistoryPage> {
    public OpenRoom {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        Checks.range(limit, "limit", 1, Limits.MAX_PAGE_SIZE, Limits.DEFAULT_PAGE_SIZE);
        if (around != null) {
            Checks.positiveId(around, "around");
        }
    }

    /** The newest page. */
    public OpenRoom(String id, Long room, Integer limit) {
        this(id, room, limit, null);
    }

    /** The page size to use: the given limit or the default. */
    public int pageSize() {
        return limit == null ? Limits.DEFAULT_PAGE_SIZE : limit;
    }

    @Override
    public Class<HistoryPage> resultType() {
        return HistoryPage.class;
    }
}
