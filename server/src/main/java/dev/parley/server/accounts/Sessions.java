package dev.parley.server.accounts;

import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * Store of login sessions (table {@code sessions}), keyed by the SHA-256 of the token so a
 * stolen database yields no usable tokens.
 */
final class Sessions {
    record SessionRow(long userId, Instant lastUsed) {
    }

    void insert(Connection c, String tokenHash, long userId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sessions (token_hash, user_id, created_at, last_used_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, tokenHash);
            ps.setLong(2, userId);
            ps.setObject(3, Database.toDb(now));
            ps.setObject(4, Database.toDb(now));
            ps.executeUpdate();
        }
    }

    Optional<SessionRow> find(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT user_id, last_used_at FROM sessions WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new SessionRow(rs.getLong(1),
                        Database.fromDb(rs.getObject(2, java.time.OffsetDateTime.class))));
            }
        }
    }

    void touch(Connection c, String tokenHash, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sessions SET last_used_at = ? WHERE token_hash = ?")) {
            ps.setObject(1, Database.toDb(now));
            ps.setString(2, tokenHash);
            ps.executeUpdate();
        }
    }

    void delete(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
            ps.setString(1, tokenHash);
            ps.executeUpdate();
        }
    }

    /** Ends every session of a user except {@code keepHash} (after a password change). */
    void deleteOthers(Connection c, long userId, String keepHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?")) {
            ps.setLong(1, userId);
            ps.setString(2, keepHash);
            ps.executeUpdate();
        }
    }

    /** Ends every session of a user (password reset by an admin). */
    void deleteAll(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM sessions WHERE user_id = ?")) {
            ps.setLong(1, userId);
            ps.executeUpdate();
        }
    }
}
