package dev.parley.server.audit;

import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.AuditEntry;
import dev.parley.protocol.model.AuditPage;
import dev.parley.server.accounts.UserDirectory;
import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit log (spec MOD-10, table {@code audit_log}): every moderation and admin action,
 * written by the feature that acts, in the same transaction as the action, so the log never
 * misses an action nor records one that was rolled back. Admins read it newest first.
 */
public final class AuditLog {
    /** Longest details text stored (the column holds 2,000 UTF-16 units). */
    static final int MAX_DETAILS = 1000;
    private final Database db;
    private final UserDirectory users;

    public AuditLog(Database db, UserDirectory users) {
        this.db = db;
        this.users = users;
    }

    /**
     * Records an action inside the caller's transaction.
     *
     * @param actor  who acted, or null for the server itself
     * @param target the user acted on, or null
     * @param room   the room acted in, or null
     */
    public void record(Connection c, Instant at, AuditAction action, Long actor, Long target, Long room, String details)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_log (at, action, actor_id, target_id, room_id, details) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, Database.toDb(at));
            ps.setString(2, action.wireName());
            setNullable(ps, 3, actor);
            setNullable(ps, 4, target);
            setNullable(ps, 5, room);
            String d = details == null ? "" : details;
            ps.setString(6, d.length() > MAX_DETAILS ? d.substring(0, MAX_DETAILS) : d);
            ps.executeUpdate();
        }
    }

    /** A page of entries older than {@code before} (newest when null) matching every filter given. */
    public AuditPage read(AuditAction action, Long actor, Long target, Long room, Long before, int limit) {
        // one fixed statement: an absent filter binds NULL and matches everything
        String sql = "SELECT id, at, action, actor_id, target_id, room_id, details FROM audit_log"
                + " WHERE (CAST(? AS VARCHAR(32)) IS NULL OR action = ?)"
                + " AND (CAST(? AS BIGINT) IS NULL OR actor_id = ?)"
                + " AND (CAST(? AS BIGINT) IS NULL OR target_id = ?)"
                + " AND (CAST(? AS BIGINT) IS NULL OR room_id = ?)"
                + " AND (CAST(? AS BIGINT) IS NULL OR id < ?)"
                + " ORDER BY id DESC LIMIT ?";
        Object[] filters = {action == null ? null : action.wireName(), actor, target, room, before};
        record Row(long id, Instant at, AuditAction action, Long actor, Long target, Long room, String details) {
        }
        List<Row> rows = db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < filters.length; i++) {
                    ps.setObject(2 * i + 1, filters[i]);
                    ps.setObject(2 * i + 2, filters[i]);
                }
                ps.setInt(2 * filters.length + 1, limit + 1);
                List<Row> found = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Row(rs.getLong(1), Database.fromDb(rs.getObject(2, OffsetDateTime.class)),
                                AuditAction.fromWire(rs.getString(3)), nullableLong(rs, 4), nullableLong(rs, 5),
                                nullableLong(rs, 6), rs.getString(7)));
                    }
                }
                return found;
            }
        });
        boolean hasMore = rows.size() > limit;
        List<AuditEntry> entries = new ArrayList<>();
        for (Row r : rows.subList(0, Math.min(limit, rows.size()))) {
            entries.add(new AuditEntry(r.id(), r.at(), r.action(),
                    r.actor() == null ? null : users.get(r.actor()),
                    r.target() == null ? null : users.get(r.target()), r.room(), r.details()));
        }
        return new AuditPage(entries, hasMore);
    }

    private static void setNullable(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private static Long nullableLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }
}
