package dev.parley.server.messages;

import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Store of messages (table {@code messages}). History is read by keyset pagination on the
 * {@code (room_id, id)} index, so a page costs the same at any depth of any room (spec M-2).
 */
final class Messages {
    private static final String SELECT = "SELECT m.id, m.room_id, m.author_id, m.text, m.created_at, m.edited_at,"
            + " u.username, u.display_name, u.color FROM messages m JOIN users u ON u.id = m.author_id";

    /**
     * A page as read: messages newest first, the authors by id (a superset: the service keeps
     * those of the messages it returns), and whether more exist.
     */
    record Page(List<MessageInfo> newestFirst, Map<Long, UserInfo> authors, boolean hasMore) {
    }

    long insert(Connection c, long room, long author, UUID clientMessageId, String text, Instant now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO messages (room_id, author_id, client_message_id, text, created_at) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, room);
            ps.setLong(2, author);
            ps.setObject(3, clientMessageId);
            ps.setString(4, text);
            ps.setObject(5, Database.toDb(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<MessageInfo> findByClientId(Connection c, long author, UUID clientMessageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE m.author_id = ? AND m.client_message_id = ?")) {
            ps.setLong(1, author);
            ps.setObject(2, clientMessageId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(message(rs)) : Optional.empty();
            }
        }
    }

    /** Up to {@code limit} messages of {@code room} with id below {@code before} (or the newest when null). */
    Page page(Connection c, long room, Long before, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(pageSql(before != null))) {
            int i = 1;
            ps.setLong(i++, room);
            if (before != null) {
                ps.setLong(i++, before);
            }
            // one more than asked tells whether older messages exist, without a COUNT
            ps.setInt(i, limit + 1);
            List<MessageInfo> messages = new ArrayList<>(limit + 1);
            Map<Long, UserInfo> authors = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MessageInfo m = message(rs);
                    messages.add(m);
                    authors.putIfAbsent(m.author(), new UserInfo(m.author(), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            boolean hasMore = messages.size() > limit;
            if (hasMore) {
                messages.remove(limit);
            }
            return new Page(messages, authors, hasMore);
        }
    }

    /**
     * Up to {@code limit} messages of {@code room} with id above {@code after} (from it, when
     * {@code inclusive}), oldest first, and whether more follow.
     */
    Page newer(Connection c, long room, long after, boolean inclusive, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(newerSql(inclusive))) {
            ps.setLong(1, room);
            ps.setLong(2, after);
            ps.setInt(3, limit + 1);
            List<MessageInfo> messages = new ArrayList<>(limit + 1);
            Map<Long, UserInfo> authors = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    MessageInfo m = message(rs);
                    messages.add(m);
                    authors.putIfAbsent(m.author(), new UserInfo(m.author(), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            boolean more = messages.size() > limit;
            if (more) {
                messages.remove(limit);
            }
            return new Page(messages, authors, more);
        }
    }

    /**
     * The forward page query: every column in the reverse of the index's order, which H2 (2.3)
     * reads as a backward scan of the (room_id, id DESC) index, stopping after LIMIT rows.
     */
    static String newerSql(boolean inclusive) {
        return SELECT + " WHERE m.room_id = ? AND m.id " + (inclusive ? ">=" : ">") + " ?"
                + " ORDER BY m.room_id DESC, m.id LIMIT ?";
    }

    /**
     * The page query. "ORDER BY room_id, id DESC" matches the (room_id, id DESC) index exactly,
     * so H2 reads the page straight from the index instead of sorting every older message of
     * the room ({@code MessagesPagePlanTest} checks the plan).
     */
    static String pageSql(boolean withBefore) {
        return SELECT + " WHERE m.room_id = ?" + (withBefore ? " AND m.id < ?" : "")
                + " ORDER BY m.room_id, m.id DESC LIMIT ?";
    }

    private static MessageInfo message(ResultSet rs) throws SQLException {
        return new MessageInfo(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                Database.fromDb(rs.getObject(5, OffsetDateTime.class)),
                Database.fromDb(rs.getObject(6, OffsetDateTime.class)));
    }
}
