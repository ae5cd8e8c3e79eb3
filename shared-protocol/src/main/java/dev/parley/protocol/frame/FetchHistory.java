package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.HistoryPage;

/**
 * Asks for a page of up to {@code limit} messages of a room, chosen by at most one of:
 * {@code before} (the newest messages older than that id: paging back), {@code after} (the
 * oldest messages newer than that id: catching up), {@code around} (that message with the
 * messages just before and after it: jumping to a quoted or first unread message). With none of
 * them, the newest page.
 */
public record FetchHistory(String id, Long room, Long before, Long after, Long around, Integer limit)
        implements Request<HistoryPage> {
    public FetchHistory {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        int anchors = 0;
        if (before != null) {
            Checks.positiveId(before, "before");
            anchors++;
        }
        if (after != null) {
            Checks.positiveId(after, "after");
            anchors++;
        }
        if (around != null) {
            Checks.positiveId(around, "around");
            anchors++;
        }
        if (anchors > 1) {
            // one anchor per page: which one was meant cannot be guessed
            throw ParleyException.field(ErrorCode.INVALID_FIELD, before != null ? "before" : "after");
        }
        Checks.range(limit, "limit", 1, Limits.MAX_PAGE_SIZE, Limits.DEFAULT_PAGE_SIZE);
    }

    /** The page older than {@code before} (or the newest when null). */
    public FetchHistory(String id, Long room, Long before, Integer limit) {
        this(id, room, before, null, null, limit);
    }

    public int pageSize() {
        return limit == null ? Limits.DEFAULT_PAGE_SIZE : limit;
    }

    @Override
    public Class<HistoryPage> resultType() {
        return HistoryPage.class;
    }
}
