package dev.parley.server.moderation;

import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Store of personal block lists (table {@code blocks}, spec MOD-7) and of blocked addresses ({@code address_blocks}, MOD-9). */
final class Blocks {
    /** Adds a block; false when it was there already. */
    boolean block(Connection c, long user, long blocked, Instant now) throws SQLException {
        if (isBlocked(c, user, blocked)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO blocks (user_id, blocked_id, created_at) VALUES (?, ?, ?)")) {
            ps.setLong(1, user);
            ps.setLong(2, blocked);
            ps.setObject(3, Database.toDb(now));
            ps.executeUpdate();
            return true;
        }
    }

    boolean unblock(Connection c, long user, long blocked) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM blocks WHERE user_id = ? AND blocked_id = ?")) {
            ps.setLong(1, user);
            ps.setLong(2, blocked);
            return ps.executeUpdate() > 0;
        }
    }

    boolean isBlocked(Connection c, long user, long blocked) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM blocks WHERE user_id = ? AND blocked_id = ?")) {
            ps.setLong(1, user);
            ps.setLong(2, blocked);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The users {@code user} blocked, in the order they were blocked. */
    List<Long> blockedBy(Connection c, long user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT blocked_id FROM blocks WHERE user_id = ? ORDER BY created_at, blocked_id")) {
            ps.setLong(1, user);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }

    /** A blocked address as stored. */
    record AddressRow(String address, String reason, Long actor, Instant created) {
    }

    boolean blockAddress(Connection c, String address, String reason, long actor, Instant now) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM address_blocks WHERE address = ?")) {
            exists.setString(1, address);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return false;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO address_blocks (address, reason, actor_id, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, address);
            ps.setString(2, reason);
            ps.setLong(3, actor);
            ps.setObject(4, Database.toDb(now));
            ps.executeUpdate();
            return true;
        }
    }

    boolean unblockAddress(Connection c, String address) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM address_blocks WHERE address = ?")) {
            ps.setString(1, address);
            return ps.executeUpdate() > 0;
        }
    }

    List<AddressRow> addresses(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT address, reason, actor_id, created_at FROM address_blocks ORDER BY created_at DESC, address")) {
            List<AddressRow> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long actor = rs.getLong(3);
                    rows.add(new AddressRow(rs.getString(1), rs.getString(2), rs.wasNull() ? null : actor,
                            Database.fromDb(rs.getObject(4, java.time.OffsetDateTime.class))));
                }
            }
            return rows;
        }
    }
}
