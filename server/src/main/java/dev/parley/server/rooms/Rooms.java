package dev.parley.server.rooms;

import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.config.RoomConfig;
import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Store of rooms (table {@code rooms}): public rooms (fixed and user rooms) and private 1:1
 * chats, which are rooms of kind {@code private} keyed by their two participants' ids (lower,
 * higher), unique per pair.
 */
public final class Rooms {
    private static final String COLUMNS = "id, name, topic, slowmode_seconds, closed, kind, owner_id";

    /**
     * Creates or updates a fixed room from the config, matched by name (case-insensitive):
     * topic and slowmode follow the config; history is kept.
     */
    void upsertFixed(Connection c, RoomConfig room, Instant now) throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE rooms SET name = ?, topic = ?, slowmode_seconds = ? WHERE name_key = ? AND kind = 'fixed'")) {
            update.setString(1, room.name());
            update.setString(2, room.topic());
            update.setInt(3, room.slowmodeSeconds());
            update.setString(4, key(room.name()));
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO rooms (name, name_key, topic, slowmode_seconds, kind, closed, created_at)"
                        + " VALUES (?, ?, ?, ?, 'fixed', FALSE, ?)")) {
            insert.setString(1, room.name());
            insert.setString(2, key(room.name()));
            insert.setString(3, room.topic());
            insert.setInt(4, room.slowmodeSeconds());
            insert.setObject(5, Database.toDb(now));
            insert.executeUpdate();
        }
    }

    /** The public rooms, fixed rooms first, then by name. */
    List<RoomInfo> listPublic(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rooms"
                + " WHERE kind IN ('fixed', 'user') ORDER BY CASE WHEN kind = 'fixed' THEN 0 ELSE 1 END, name_key")) {
            List<RoomInfo> rooms = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rooms.add(row(rs));
                }
            }
            return rooms;
        }
    }

    Optional<RoomInfo> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rooms WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    private static RoomInfo row(ResultSet rs) throws SQLException {
        // getObject: wasNull() after getLong(7) would be read after the later columns, so fixed rooms got owner 0
        Long owner = rs.getObject(7, Long.class);
        return new RoomInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5),
                rs.getString(6), owner, List.of());
    }

    /** Inserts a user room (spec R-2); SQLSTATE 23505 when the name is taken. */
    long insertUserRoom(Connection c, String name, String topic, long owner, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO rooms (name, name_key, topic, slowmode_seconds, kind, owner_id, closed, created_at)"
                        + " VALUES (?, ?, ?, 0, 'user', ?, FALSE, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setString(2, key(name));
            insert.setString(3, topic);
            insert.setLong(4, owner);
            insert.setObject(5, Database.toDb(now));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    int countOwned(Connection c, long owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM rooms WHERE owner_id = ?")) {
            ps.setLong(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    List<Long> owned(Connection c, long owner) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM rooms WHERE owner_id = ? ORDER BY id")) {
            ps.setLong(1, owner);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    /**
     * Changes the given fields of a room; null leaves a field as stored, so two changes at once
     * (a topic edit and an automatic close) never undo each other.
     */
    void update(Connection c, long id, String topic, Integer slowmode, Boolean closed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE rooms SET topic = COALESCE(CAST(? AS VARCHAR(512)), topic),"
                + " slowmode_seconds = COALESCE(CAST(? AS INTEGER), slowmode_seconds),"
                + " closed = COALESCE(CAST(? AS BOOLEAN), closed) WHERE id = ?")) {
            ps.setObject(1, topic);
            ps.setObject(2, slowmode);
            ps.setObject(3, closed);
            ps.setLong(4, id);
            ps.executeUpdate();
        }
    }

    /** The moderators' user ids of a room, in appointment order. */
    List<Long> moderators(Connection c, long room) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT user_id FROM room_moderators WHERE room_id = ? ORDER BY appointed_at, user_id")) {
            ps.setLong(1, room);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    /** Adds a moderator; false when they already were one. */
    boolean addModerator(Connection c, long room, long user, long by, Instant now) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM room_moderators WHERE room_id = ? AND user_id = ?")) {
            exists.setLong(1, room);
            exists.setLong(2, user);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO room_moderators (room_id, user_id, appointed_by, appointed_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, room);
            ps.setLong(2, user);
            ps.setLong(3, by);
            ps.setObject(4, Database.toDb(now));
            ps.executeUpdate();
            return true;
        }
    }

    boolean removeModerator(Connection c, long room, long user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM room_moderators WHERE room_id = ? AND user_id = ?")) {
            ps.setLong(1, room);
            ps.setLong(2, user);
            return ps.executeUpdate() > 0;
        }
    }

    /** Inserts the private chat of {@code low} and {@code high} (spec R-3); SQLSTATE 23505 when it exists. */
    long insertPrivate(Connection c, long low, long high, String name, Instant now) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO rooms (name, name_key, topic, slowmode_seconds, kind, closed, created_at, private_low, private_high)"
                        + " VALUES (?, NULL, '', 0, 'private', FALSE, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, name);
            insert.setObject(2, Database.toDb(now));
            insert.setLong(3, low);
            insert.setLong(4, high);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** The private chat of the pair ({@code low} &lt; {@code high}), if it exists. */
    Optional<Long> findPrivate(Connection c, long low, long high) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM rooms WHERE private_low = ? AND private_high = ?")) {
            ps.setLong(1, low);
            ps.setLong(2, high);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** The ids of the private chats {@code user} takes part in (two index look-ups, one per column). */
    List<Long> privateChatsOf(Connection c, long user) throws SQLException {
        List<Long> ids = new ArrayList<>();
        for (String sql : new String[] {"SELECT id FROM rooms WHERE private_low = ?", "SELECT id FROM rooms WHERE private_high = ?"}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    /** A private chat's two participants (lower id first); empty for a public room. */
    List<Long> participants(Connection c, long room) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT private_low, private_high FROM rooms WHERE id = ?")) {
            ps.setLong(1, room);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return List.of();
                }
                long low = rs.getLong(1);
                if (rs.wasNull()) {
                    return List.of();
                }
                return List.of(low, rs.getLong(2));
            }
        }
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
