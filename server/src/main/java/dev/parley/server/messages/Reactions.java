package dev.parley.server.messages;

import dev.parley.protocol.Limits;
import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Store of emoji reactions (table {@code reactions}, spec M-12). A page's reactions are read in
 * one query that counts each emoji and keeps only its first {@link Limits#MAX_REACTION_USERS}
 * users (and the reader's own rows), so a much-liked message does not make its page heavy.
 */
final class Reactions {
    /** What one query found for a set of messages: the tallies, and the reader's own emoji. */
    record Found(Map<Long, List<Tally>> tallies, Map<Long, Set<String>> mine) {
    }

    /** Adds the reaction; false when the user already reacted so. Run on the writer only (check-then-insert). */
    boolean add(Connection c, long message, String emoji, long user, Instant now) throws SQLException {
        if (has(c, message, emoji, user)) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO reactions (message_id, emoji, user_id, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, message);
            ps.setString(2, emoji);
            ps.setLong(3, user);
            ps.setObject(4, Database.toDb(now));
            ps.executeUpdate();
            return true;
        }
    }

    /** Removes the reaction; false when there was none. */
    boolean remove(Connection c, long message, String emoji, long user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM reactions WHERE message_id = ? AND emoji = ? AND user_id = ?")) {
            ps.setLong(1, message);
            ps.setString(2, emoji);
            ps.setLong(3, user);
            return ps.executeUpdate() > 0;
        }
    }

    private static boolean has(Connection c, long message, String emoji, long user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM reactions WHERE message_id = ? AND emoji = ? AND user_id = ?")) {
            ps.setLong(1, message);
            ps.setString(2, emoji);
            ps.setLong(3, user);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Tallies of every emoji on {@code messages} (in the order of {@link Limits#REACTIONS}) and the
     * emoji {@code reader} reacted with (none when null).
     */
    Found find(Connection c, Collection<Long> messages, Long reader) throws SQLException {
        Map<Long, Map<String, List<Long>>> users = new HashMap<>();
        Map<Long, Map<String, Integer>> counts = new HashMap<>();
        Map<Long, Set<String>> mine = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(findSql())) {
            ps.setArray(1, Messages.ids(c, messages));
            ps.setInt(2, Limits.MAX_REACTION_USERS);
            ps.setLong(3, reader == null ? 0 : reader);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long message = rs.getLong(1);
                    String emoji = rs.getString(2);
                    long user = rs.getLong(3);
                    counts.computeIfAbsent(message, m -> new HashMap<>()).put(emoji, rs.getInt(4));
                    if (rs.getInt(5) <= Limits.MAX_REACTION_USERS) {
                        users.computeIfAbsent(message, m -> new HashMap<>()).computeIfAbsent(emoji, e -> new ArrayList<>()).add(user);
                    }
                    if (reader != null && user == reader) {
                        mine.computeIfAbsent(message, m -> new HashSet<>()).add(emoji);
                    }
                }
            }
        }
        Map<Long, List<Tally>> tallies = new LinkedHashMap<>();
        counts.forEach((message, byEmoji) -> {
            List<Tally> list = new ArrayList<>();
            for (String emoji : Limits.REACTIONS) {
                Integer count = byEmoji.get(emoji);
                if (count != null) {
                    list.add(new Tally(emoji, count, users.getOrDefault(message, Map.of()).getOrDefault(emoji, List.of())));
                }
            }
            tallies.put(message, list);
        });
        return new Found(tallies, mine);
    }

    /**
     * Each reaction row with its emoji's count and its place in reaction order, keeping the first
     * few per emoji and the reader's own. Window functions run the same on H2 and PostgreSQL.
     */
    static String findSql() {
        return "SELECT message_id, emoji, user_id, cnt, rn FROM (SELECT message_id, emoji, user_id,"
                + " COUNT(*) OVER (PARTITION BY message_id, emoji) AS cnt,"
                + " ROW_NUMBER() OVER (PARTITION BY message_id, emoji ORDER BY id) AS rn"
                + " FROM reactions WHERE message_id = ANY(?)) r WHERE rn <= ? OR user_id = ? ORDER BY message_id, emoji, rn";
    }
}
