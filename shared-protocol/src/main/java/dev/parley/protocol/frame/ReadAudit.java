package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.AuditPage;

/**
 * Reads the audit log (spec MOD-10), newest first, optionally only one {@code action}, one
 * {@code actor}, one {@code target} user or one {@code room}; keyset paging with {@code before}.
 * Admins only.
 */
public record ReadAudit(String id, dev.parley.protocol.model.AuditAction action, Long actor, Long target, Long room, Long before, Integer limit) implements Request<AuditPage> {
    public ReadAudit {
        Checks.requestId(id);
        for (Long v : new Long[] {actor, target, room, before}) {
            if (v != null && v <= 0) {
                throw dev.parley.protocol.ParleyException.field(dev.parley.protocol.ErrorCode.INVALID_FIELD, "id");
            }
        }
        Checks.range(limit, "limit", 1, Limits.MAX_PAGE_SIZE, Limits.DEFAULT_PAGE_SIZE);
    }

    public int pageSize() {
        return limit == null ? Limits.DEFAULT_PAGE_SIZE : limit;
    }

    @Override
    public Class<AuditPage> resultType() {
        return AuditPage.class;
    }
}
