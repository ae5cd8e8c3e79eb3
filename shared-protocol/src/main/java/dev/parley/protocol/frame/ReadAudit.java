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
        optionalId(actor, "actor");
        optionalId(target, "target");
        optionalId(room, "room");
        optionalId(before, "before");
        Checks.range(limit, "limit", 1, Limits.MAX_PAGE_SIZE, Limits.DEFAULT_PAGE_SIZE);
    }

    private static void optionalId(Long value, String field) {
        if (value != null) {
            Checks.positiveId(value, field);
        }
    }

    public int pageSize() {
        return limit == null ? Limits.DEFAULT_PAGE_SIZE : limit;
    }

    @Override
    public Class<AuditPage> resultType() {
        return AuditPage.class;
    }
}
