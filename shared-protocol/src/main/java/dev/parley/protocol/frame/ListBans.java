package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.RestrictionList;

/**
 * Lists restrictions, newest first, {@code limit} at a time (keyset: {@code before} = the last
 * id of the previous page). With {@code room}: that room's (its owner, moderators and admins).
 * Without: every restriction, or one {@code user}'s, site-wide ones included (admins only).
 * {@code activeOnly} leaves out ended and lifted ones. Cancelled ones are never listed.
 */
public record ListBans(String id, Long room, Long user, Boolean activeOnly, Long before, Integer limit) implements Request<RestrictionList> {
    public ListBans {
        Checks.requestId(id);
        if (room != null) {
            Checks.positiveId(room, "room");
        }
        if (user != null) {
            Checks.positiveId(user, "user");
        }
        if (before != null) {
            Checks.positiveId(before, "before");
        }
        Checks.range(limit, "limit", 1, Limits.MAX_PAGE_SIZE, Limits.DEFAULT_PAGE_SIZE);
    }

    public int pageSize() {
        return limit == null ? Limits.DEFAULT_PAGE_SIZE : limit;
    }

    @Override
    public Class<RestrictionList> resultType() {
        return RestrictionList.class;
    }
}
