package dev.parley.server.messages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Store of mentions (table {@code mentions}, spec M-12): the users a message names as
 * {@code @username}, in the order of the text, and the look-up of those names.
 */
final class Mentions {
    /** The ids of the users named (lower-cased user names), by name; unknown names are left out. */
    Map<String, Long> resolve(Connection c, Collection<String> usernameKeys) throws SQLException {
        Map<String, Long> found = new HashMap<>();
        if (usernameKeys.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id, username_key FROM users WHERE username_key = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("VARCHAR", usernameKeys.stream().map(k -> k.toLowerCase(Locale.ROOT)).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return found;
    }

    /** Replaces the message's mentions with {@code users}, in this order. */
    void replace(Connection c, long message, List<Long> users) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM mentions WHERE message_id = ?")) {
            ps.setLong(1, message);
            ps.executeUpdate();
        }
        insert(c, message, users);
    }

    void insert(Connection c, long message, List<Long> users) throws SQLException {
        if (users.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mentions (message_id, user_id, position) VALUES (?, ?, ?)")) {
            for (int i = 0; i < users.size(); i++) {
                ps.setLong(1, message);
                ps.setLong(2, users.get(i));
                ps.setInt(3, i);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The mentions of each of {@code messages}, in text order, by message id. */
    Map<Long, List<Long>> find(Connection c, Collection<Long> messages) throws SQLException {
        Map<Long, List<Long>> found = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT message_id, user_id FROM mentions WHERE message_id = ANY(?) ORDER BY message_id, position")) {
            ps.setArray(1, Messages.ids(c, messages));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.computeIfAbsent(rs.getLong(1), m -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return found;
    }
}
