package dev.parley.server.attention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Store of read state (table {@code read_state}: per user and conversation the last message read
 * and the notification setting; {@code users.read_floor}) and the capped counts of unread
 * messages and mentions (specs ).
 *
 * <p>Counting never reads a whole history: the unread count is an index range scan of the room
 * after the marker that stops at the cap ({@code messages_room_id_idx}), the mention count a
 * range scan of the user's mentions after the marker and up to the newest unread message
 * ({@code mentions_user_idx}), each message looked up by its primary key. {@code ReadStatesPlanTest}
 * checks the plans.
 */
final class ReadStates {
    /** One stored row; {@code lastRead} 0 when nothing was marked read. */
    record Row(long lastRead, boolean notifications) {
        static final Row NONE = new Row(0, true);
    }

    /** Unread messages after a marker (at most the cap) and the newest of them (0 when none). */
    record Unread(int count, long newest) {
    }

    static final String UNREAD_SQL = "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM (SELECT id FROM messages"
            + " WHERE room_id = ? AND id > ? AND author_id <> ? AND deleted_at IS NULL LIMIT ?) unread";

    static final String MENTIONS_SQL = "SELECT COUNT(*) FROM (SELECT 1 FROM mentions mn JOIN messages m ON m.id = mn.message_id"
            + " WHERE mn.user_id = ? AND mn.message_id > ? AND mn.message_id <= ?"
            + " AND m.room_id = ? AND m.author_id <> ? AND m.deleted_at IS NULL LIMIT ?) mentioned";

    /** Every stored row of {@code user}, by room id (one range of the primary key). */
    Map<Long, Row> forUser(Connection c, long user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT room_id, last_read, notifications FROM read_state WHERE user_id = ?")) {
            ps.setLong(1, user);
            Map<Long, Row> rows = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Row(rs.getLong(2), rs.getBoolean(3)));
                }
            }
            return rows;
        }
    }

    Row find(Connection c, long user, long room) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT last_read, notifications FROM read_state WHERE user_id = ? AND room_id = ?")) {
            ps.setLong(1, user);
            ps.setLong(2, room);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Row(rs.getLong(1), rs.getBoolean(2)) : Row.NONE;
            }
        }
    }

    /** The id up to which every message counts as read for {@code user}: the newest message when the account was made. */
    long floor(Connection c, long user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT read_floor FROM users WHERE id = ?")) {
            ps.setLong(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * Moves the marker forward to {@code message}; an older one changes nothing. Runs on the
     * group-commit writer, the only writer of this table, so the update-or-insert cannot race.
     */
    void advance(Connection c, long user, long room, long message) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE read_state SET last_read = ? WHERE user_id = ? AND room_id = ? AND last_read < ?")) {
            ps.setLong(1, message);
            ps.setLong(2, user);
            ps.setLong(3, room);
            ps.setLong(4, message);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        if (!exists(c, user, room)) {
            insert(c, user, room, message, true);
        }
    }

    /** Stores the notification setting (on the group-commit writer, like {@link #advance}). */
    void setNotifications(Connection c, long user, long room, boolean on) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE read_state SET notifications = ? WHERE user_id = ? AND room_id = ?")) {
            ps.setBoolean(1, on);
            ps.setLong(2, user);
            ps.setLong(3, room);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        insert(c, user, room, 0, on);
    }

    /** Messages by others than {@code user} after {@code after} in {@code room}, not deleted, at most {@code cap}. */
    Unread unread(Connection c, long room, long user, long after, int cap) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UNREAD_SQL)) {
            ps.setLong(1, room);
            ps.setLong(2, after);
            ps.setLong(3, user);
            ps.setInt(4, cap);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Unread(rs.getInt(1), rs.getLong(2));
            }
        }
    }

    /** Of the messages {@link #unread} counts, those with an id up to {@code upTo} that mention {@code user}, at most {@code cap}. */
    int mentions(Connection c, long room, long user, long after, long upTo, int cap) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MENTIONS_SQL)) {
            ps.setLong(1, user);
            ps.setLong(2, after);
            ps.setLong(3, upTo);
            ps.setLong(4, room);
            ps.setLong(5, user);
            ps.setInt(6, cap);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** The room a message was posted in, if the message exists. */
    Optional<Long> roomOf(Connection c, long message) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT room_id FROM messages WHERE id = ?")) {
            ps.setLong(1, message);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection c, long user, long room) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM read_state WHERE user_id = ? AND room_id = ?")) {
            ps.setLong(1, user);
            ps.setLong(2, room);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void insert(Connection c, long user, long room, long lastRead, boolean notifications) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO read_state (user_id, room_id, last_read, notifications) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, user);
            ps.setLong(2, room);
            ps.setLong(3, lastRead);
            ps.setBoolean(4, notifications);
            ps.executeUpdate();
        }
    }
}
