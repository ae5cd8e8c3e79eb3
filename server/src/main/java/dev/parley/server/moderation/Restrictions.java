package dev.parley.server.moderation;

import dev.parley.protocol.model.RestrictionKind;
import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Store of bans, mutes and room-opening bans (table {@code restrictions}). */
final class Restrictions {
    private static final String COLUMNS =
            "id, kind, user_id, room_id, actor_id, reason, created_at, until_at, lifted_at, lifted_by";

    /** A stored restriction; {@code room}, {@code actor}, {@code until}, {@code lifted}, {@code liftedBy} may be null. */
    record Row(long id, RestrictionKind kind, long user, Long room, Long actor, String reason, Instant created,
               Instant until, Instant lifted, Long liftedBy) {
        /** Whether it holds at {@code now}: not lifted, and not ended. */
        boolean activeAt(Instant now) {
            return lifted == null && (until == null || until.isAfter(now));
        }
    }

    long insert(Connection c, RestrictionKind kind, long user, Long room, Long actor, String reason, Instant created,
                Instant until) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO restrictions"
                + " (kind, user_id, room_id, actor_id, reason, created_at, until_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind.wireName());
            ps.setLong(2, user);
            setLong(ps, 3, room);
            setLong(ps, 4, actor);
            ps.setString(5, reason);
            ps.setObject(6, Database.toDb(created));
            ps.setObject(7, until == null ? null : Database.toDb(until));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<Row> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM restrictions WHERE id = ?")) {
            ps.setLong(1, id);
            List<Row> rows = rows(ps);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
        }
    }

    void lift(Connection c, long id, long by, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE restrictions SET lifted_at = ?, lifted_by = ? WHERE id = ?")) {
            ps.setObject(1, Database.toDb(at));
            ps.setLong(2, by);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM restrictions WHERE id = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    /** Every restriction not lifted and not ended at {@code now} (loaded once at start). */
    List<Row> active(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM restrictions"
                + " WHERE lifted_at IS NULL AND (until_at IS NULL OR until_at > ?) ORDER BY id")) {
            ps.setObject(1, Database.toDb(now));
            return rows(ps);
        }
    }

    /**
     * Restrictions newest first, {@code limit + 1} at most (the extra one tells there are more),
     * filtered by room and user when given (a room's list holds only that room's: site-wide ones
     * are on the admins' pages, since only admins may lift them), keyset-paged by
     * {@code before}; {@code activeAt} non-null keeps only those active then.
     */
    List<Row> list(Connection c, Long room, Long user, Instant activeAt, Long before, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM restrictions"
                + " WHERE (CAST(? AS BIGINT) IS NULL OR room_id = ?)"
                + " AND (CAST(? AS BIGINT) IS NULL OR user_id = ?)"
                + " AND (CAST(? AS BIGINT) IS NULL OR id < ?)"
                + " AND (CAST(? AS TIMESTAMP WITH TIME ZONE) IS NULL"
                + "      OR (lifted_at IS NULL AND (until_at IS NULL OR until_at > ?)))"
                + " ORDER BY id DESC LIMIT ?")) {
            Object[] filters = {room, user, before, activeAt == null ? null : Database.toDb(activeAt)};
            for (int i = 0; i < filters.length; i++) {
                ps.setObject(2 * i + 1, filters[i]);
                ps.setObject(2 * i + 2, filters[i]);
            }
            ps.setInt(2 * filters.length + 1, limit + 1);
            return rows(ps);
        }
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getLong(1), RestrictionKind.fromWire(rs.getString(2)), rs.getLong(3),
                        nullableLong(rs, 4), nullableLong(rs, 5), rs.getString(6), time(rs, 7), time(rs, 8),
                        time(rs, 9), nullableLong(rs, 10)));
            }
        }
        return rows;
    }

    private static Instant time(ResultSet rs, int index) throws SQLException {
        OffsetDateTime t = rs.getObject(index, OffsetDateTime.class);
        return t == null ? null : Database.fromDb(t);
    }

    private static Long nullableLong(ResultSet rs, int index) throws SQLException {
        long v = rs.getLong(index);
        return rs.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
