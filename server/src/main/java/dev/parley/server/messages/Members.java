package dev.parley.server.messages;

import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Store of room members (table {@code room_members}): who opened a room or posted in it under
 * their name, for {@code @} completion (spec M-12) and member lists.
 */
final class Members {
    /** Adds the member unless already there. Run on the writer only, so check-then-insert cannot race. */
    void add(Connection c, long room, long user, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM room_members WHERE room_id = ? AND user_id = ?")) {
            ps.setLong(1, room);
            ps.setLong(2, user);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO room_members (room_id, user_id, joined_at) VALUES (?, ?, ?)")) {
            ps.setLong(1, room);
            ps.setLong(2, user);
            ps.setObject(3, Database.toDb(now));
            ps.executeUpdate();
        }
    }

    /**
     * Up to {@code limit} members whose user name or display name starts with {@code prefix}
     * (ignoring case; everyone when null or empty), by user name.
     */
    List<Long> find(Connection c, long room, String prefix, int limit) throws SQLException {
        String pattern = prefix == null || prefix.isEmpty() ? null : likeEscape(prefix.toLowerCase(Locale.ROOT)) + "%";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rm.user_id FROM room_members rm JOIN users u ON u.id = rm.user_id"
                + " WHERE rm.room_id = ? AND (CAST(? AS VARCHAR(200)) IS NULL OR u.username_key LIKE ? ESCAPE '\\'"
                + " OR LOWER(u.display_name) LIKE ? ESCAPE '\\') ORDER BY u.username_key LIMIT ?")) {
            ps.setLong(1, room);
            ps.setString(2, pattern);
            ps.setString(3, pattern);
            ps.setString(4, pattern);
            ps.setInt(5, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The prefix as a LIKE pattern that matches it literally ({@code %} and {@code _} are not wildcards here). */
    static String likeEscape(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
