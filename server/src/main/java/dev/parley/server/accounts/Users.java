package dev.parley.server.accounts;

import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;

/** Store of user accounts (table {@code users}). Usernames are unique case-insensitively via {@code username_key}. */
public final class Users {
    private static final String COLUMNS = "id, username, display_name, color, password_hash, role, status, avatar_id";

    /** Inserts a user; throws {@link SQLException} with SQLSTATE 23505 when the name is taken. */
    long insert(Connection c, String username, String displayName, String color, String passwordHash, Instant now)
            throws SQLException {
        return insert(c, username, displayName, color, passwordHash, Role.USER, now);
    }

    /** Inserts a user with a site role (guests, the superuser). */
    long insert(Connection c, String username, String displayName, String color, String passwordHash, Role role,
                Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO users (username, username_key, display_name, color, password_hash, created_at, role, read_floor)"
                        // messages stored before the account never count as unread (spec R-4)
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(id), 0) FROM messages))",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(7, role.wireName());
            ps.setString(1, username);
            ps.setString(2, key(username));
            ps.setString(3, displayName);
            ps.setString(4, color);
            ps.setString(5, passwordHash);
            ps.setObject(6, Database.toDb(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<UserRecord> findByUsername(Connection c, String username) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE username_key = ?")) {
            ps.setString(1, key(username));
            return one(ps);
        }
    }

    Optional<UserRecord> findById(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ?")) {
            ps.setLong(1, id);
            return one(ps);
        }
    }

    void updatePasswordHash(Connection c, long id, String passwordHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE users SET password_hash = ? WHERE id = ?")) {
            ps.setString(1, passwordHash);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    void updateRole(Connection c, long id, Role role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE users SET role = ? WHERE id = ?")) {
            ps.setString(1, role.wireName());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    void updateColor(Connection c, long id, String color) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE users SET color = ? WHERE id = ?")) {
            ps.setString(1, color);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /** Users with one of the given roles, by name (the admins page). */
    java.util.List<UserRecord> withRoles(Connection c, Role... roles) throws SQLException {
        java.util.List<UserRecord> found = new java.util.ArrayList<>();
        for (Role role : roles) {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE role = ? ORDER BY username_key")) {
                ps.setString(1, role.wireName());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(record(rs));
                    }
                }
            }
        }
        return found;
    }

    /** The public view of a user, for other features. */
    public Optional<UserInfo> info(Connection c, long id) throws SQLException {
        return findById(c, id).map(UserRecord::info);
    }

    /** The public view and the site role of a user, for other features. */
    public Optional<UserDirectory.Entry> entry(Connection c, long id) throws SQLException {
        return findById(c, id).map(r -> new UserDirectory.Entry(r.info(), r.role()));
    }

    /**
     * The public view and site role of each of {@code ids} that exists, in one query (history
     * pages refer to many users at once).
     */
    java.util.List<UserDirectory.Entry> entries(Connection c, java.util.Collection<Long> ids) throws SQLException {
        java.util.List<UserDirectory.Entry> found = new java.util.ArrayList<>(ids.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM users WHERE id = ANY(?)")) {
            ps.setArray(1, c.createArrayOf("BIGINT", ids.toArray(new Long[0])));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UserRecord r = record(rs);
                    found.add(new UserDirectory.Entry(r.info(), r.role()));
                }
            }
        }
        return found;
    }

    static String key(String username) {
        return username.toLowerCase(java.util.Locale.ROOT);
    }

    private static Optional<UserRecord> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(record(rs));
        }
    }

    private static UserRecord record(ResultSet rs) throws SQLException {
        return new UserRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Role.fromWire(rs.getString(6)), rs.getString(7), rs.getString(8));
    }
}
