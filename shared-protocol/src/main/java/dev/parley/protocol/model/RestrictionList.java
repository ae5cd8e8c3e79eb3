package dev.parley.protocol.model;

import java.util.List;

/**
 * Restrictions, newest first. {@code hasMore}: older ones exist (ask again with {@code before}
 * set to the last id).
 */
public record RestrictionList(List<Restriction> restrictions, boolean hasMore) {
    public RestrictionList {
        restrictions = List.copyOf(restrictions);
    }
}
