package dev.parley.server.messages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Store of votes (table {@code votes}): one row per user and message, +1 or -1 (spec M-6). Read
 * only for the voter's own votes; nothing here tells anyone who else voted. Written only on the
 * group-commit writer, together with the message's {@code score}, so votes never race each other.
 */
final class Votes {
    /** The user's vote on the message: -1, 1, or 0 for none. */
    int get(Connection c, long message, long user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT vote_value FROM votes WHERE message_id = ? AND user_id = ?")) {
            ps.setLong(1, message);
            ps.setLong(2, user);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Sets the user's vote, replacing the one they had ({@code old}); 0 removes it. */
    void set(Connection c, long message, long user, int old, int value) throws SQLException {
        String sql = value == 0 ? "DELETE FROM votes WHERE message_id = ? AND user_id = ?"
                : old == 0 ? "INSERT INTO votes (message_id, user_id, vote_value) VALUES (?, ?, ?)"
                : "UPDATE votes SET vote_value = ? WHERE message_id = ? AND user_id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (value != 0 && old != 0) {
                ps.setInt(1, value);
                ps.setLong(2, message);
                ps.setLong(3, user);
            } else {
                ps.setLong(1, message);
                ps.setLong(2, user);
                if (value != 0) {
                    ps.setInt(3, value);
                }
            }
            ps.executeUpdate();
        }
    }

    /** The reader's own votes on the given messages, by message id (only those with a vote). */
    Map<Long, Integer> mine(Connection c, long reader, Collection<Long> messages) throws SQLException {
        Map<Long, Integer> votes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT message_id, vote_value FROM votes WHERE user_id = ? AND message_id = ANY(?)")) {
            ps.setLong(1, reader);
            ps.setArray(2, Messages.ids(c, messages));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    votes.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return votes;
    }
}
