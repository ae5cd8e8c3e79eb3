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

/** Store of rooms (table {@code rooms}). */
public final class Rooms {
    private static final String COLUMNS = "id, name, topic, slowmode_seconds, closed";

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
        return new RoomInfo(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBoolean(5));
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
