package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.HistoryPage;

/**
 * Asks for the page of up to {@code limit} messages just older than message id {@code before}
 * (or the newest page when {@code before} is absent).
 */
public record FetchHistory(String id, Long room, Long before, Integer limit) implements Request<HistoryPage> {
    public FetchHistory {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        if (before != null) {
            Checks.positiveId(before, "before");
        }
        Checks.range(limit, "limit", 1, Limits.MAX_PAGE_SIZE, Limits.DEFAULT_PAGE_SIZE);
    }

    public int pageSize() {
        return limit == null ? Limits.DEFAULT_PAGE_SIZE : limit;
    }

    @Override
    public Class<HistoryPage> resultType() {
        return HistoryPage.class;
    }
}
