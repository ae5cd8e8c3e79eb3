package dev.parley.protocol.model;

import java.util.List;

/** Audit entries, newest first; {@code hasMore} when older ones match too. */
public record AuditPage(List<AuditEntry> entries, boolean hasMore) {
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
