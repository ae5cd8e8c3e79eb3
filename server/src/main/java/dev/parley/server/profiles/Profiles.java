package dev.parley.server.profiles;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Store of the profile columns of {@code users} (spec ID-4): display name, name colour, status
 * line and avatar. One statement per column, so a request changes exactly the fields it names.
 * Who may change what is the service's business; reading users stays with the accounts feature.
 */
final class Profiles {
    void displayName(Connection c, long user, String displayName) throws SQLException {
        update(c, "UPDATE users SET display_name = ? WHERE id = ?", user, displayName);
    }

    void color(Connection c, long user, String color) throws SQLException {
        update(c, "UPDATE users SET color = ? WHERE id = ?", user, color);
    }

    /** {@code status} null clears it. */
    void status(Connection c, long user, String status) throws SQLException {
        update(c, "UPDATE users SET status = ? WHERE id = ?", user, status);
    }

    /** {@code avatar} null removes it. */
    void avatar(Connection c, long user, String avatar) throws SQLException {
        update(c, "UPDATE users SET avatar_id = ? WHERE id = ?", user, avatar);
    }

    private static void update(Connection c, String sql, long user, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            ps.setLong(2, user);
            ps.executeUpdate();
        }
    }
}
