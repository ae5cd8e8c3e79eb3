package dev.parley.server.messages;

import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageVersion;
import dev.parley.server.storage.Database;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Store of messages and their earlier versions (tables {@code messages}, {@code message_versions};
 * the attachment's details come from {@code blobs}). History is read by keyset pagination on the
 * {@code (room_id, id DESC)} index, in both directions, so a page costs the same at any depth of
 * any room (spec M-2; {@code MessagesPagePlanTest} checks the plans).
 */
final class Messages {
    private static final String SELECT = "SELECT m.id, m.room_id, m.author_id, m.text, m.created_at, m.edited_at,"
            + " m.deleted_at, m.anonymous, m.score, m.reply_to, m.attachment_id, m.attachment_name,"
            + " b.kind, b.size_bytes, b.media_type, b.width, b.height, b.thumbnail_id"
            + " FROM messages m LEFT JOIN blobs b ON b.id = m.attachment_id";

    /** Stores a new message with its author's automatic upvote counted in {@code score} (spec M-6). */
    long insert(Connection c, long room, long author, UUID clientMessageId, String text, Instant now, boolean anonymous,
                Long replyTo, Attachment attachment) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO messages (room_id, author_id, client_message_id, text,"
                        + " created_at, anonymous, score, reply_to, attachment_id, attachment_name)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, room);
            ps.setLong(2, author);
            ps.setObject(3, clientMessageId);
            ps.setString(4, text);
            ps.setObject(5, Database.toDb(now));
            ps.setBoolean(6, anonymous);
            if (replyTo == null) {
                ps.setNull(7, Types.BIGINT);
            } else {
                ps.setLong(7, replyTo);
            }
            ps.setString(8, attachment == null ? null : attachment.id());
            ps.setString(9, attachment == null ? null : attachment.name());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    Optional<StoredMessage> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE m.id = ?")) {
            ps.setLong(1, id);
            return one(ps);
        }
    }

    Optional<StoredMessage> findByClientId(Connection c, long author, UUID clientMessageId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE m.author_id = ? AND m.client_message_id = ?")) {
            ps.setLong(1, author);
            ps.setObject(2, clientMessageId);
            return one(ps);
        }
    }

    /** Up to {@code limit} messages of {@code room} with id below {@code before} (the newest when null), newest first. */
    List<StoredMessage> older(Connection c, long room, Long before, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(pageSql(before != null))) {
            int i = 1;
            ps.setLong(i++, room);
            if (before != null) {
                ps.setLong(i++, before);
            }
            ps.setInt(i, limit);
            return list(ps);
        }
    }

    /**
     * Up to {@code limit} messages of {@code room} with id above {@code after} (or from it, when
     * {@code inclusive}), oldest first.
     */
    List<StoredMessage> newer(Connection c, long room, long after, boolean inclusive, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(newerSql(inclusive))) {
            ps.setLong(1, room);
            ps.setLong(2, after);
            ps.setInt(3, limit);
            return list(ps);
        }
    }

    /** Whether {@code room} has a message with an id below {@code id}. */
    boolean olderExists(Connection c, long room, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(olderExistsSql())) {
            ps.setLong(1, room);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The page query backwards. "ORDER BY room_id, id DESC" matches the (room_id, id DESC) index
     * exactly, so H2 reads the page straight from the index instead of sorting every older message
     * of the room.
     */
    static String pageSql(boolean withBefore) {
        return SELECT + " WHERE m.room_id = ?" + (withBefore ? " AND m.id < ?" : "")
                + " ORDER BY m.room_id, m.id DESC LIMIT ?";
    }

    /**
     * The page query forwards: every column in the reverse of the index's order, which H2 (since
     * 2.3) and PostgreSQL read as a backward scan of the same index, so no second index is needed.
     */
    static String newerSql(boolean inclusive) {
        return SELECT + " WHERE m.room_id = ? AND m.id " + (inclusive ? ">=" : ">") + " ?"
                + " ORDER BY m.room_id DESC, m.id LIMIT ?";
    }

    static String olderExistsSql() {
        return "SELECT m.id FROM messages m WHERE m.room_id = ? AND m.id < ? ORDER BY m.room_id, m.id DESC LIMIT 1";
    }

    /** The quoted messages among {@code ids}, in one query on the primary key. */
    List<Quoted> quoted(Connection c, Collection<Long> ids) throws SQLException {
        List<Quoted> found = new ArrayList<>(ids.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT id, room_id, author_id, anonymous, deleted_at, text,"
                + " attachment_name FROM messages WHERE id = ANY(?)")) {
            ps.setArray(1, ids(c, ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Quoted(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4),
                            rs.getObject(5) != null, rs.getString(6), rs.getString(7)));
                }
            }
        }
        return found;
    }

    /** Keeps the current text as an earlier version, then makes {@code text} the newest one (spec M-4). */
    void edit(Connection c, StoredMessage current, String text, Instant now) throws SQLException {
        int version;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) + 1 FROM message_versions WHERE message_id = ?")) {
            ps.setLong(1, current.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getInt(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO message_versions (message_id, version, text, created_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, current.id());
            ps.setInt(2, version);
            ps.setString(3, current.text());
            ps.setObject(4, Database.toDb(current.shownTime()));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE messages SET text = ?, edited_at = ? WHERE id = ?")) {
            ps.setString(1, text);
            ps.setObject(2, Database.toDb(now));
            ps.setLong(3, current.id());
            ps.executeUpdate();
        }
    }

    /**
     * Every version of a message, oldest first, the newest (the message's own text) last. One
     * statement, so an edit committing meanwhile cannot show a version twice or not at all.
     */
    List<MessageVersion> versions(Connection c, long id) throws SQLException {
        List<MessageVersion> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 0 AS k, version, text, created_at FROM message_versions WHERE message_id = ?"
                        + " UNION ALL SELECT 1 AS k, 0, text, COALESCE(edited_at, created_at) FROM messages WHERE id = ?"
                        + " ORDER BY k, version")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(new MessageVersion(rs.getString(3), Database.fromDb(rs.getObject(4, OffsetDateTime.class))));
                }
            }
        }
        return versions;
    }

    /** Makes the message a tombstone; its content stays stored (spec M-5). False when it already was one. */
    boolean markDeleted(Connection c, long id, long by, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE messages SET deleted_at = ?, deleted_by = ? WHERE id = ? AND deleted_at IS NULL")) {
            ps.setObject(1, Database.toDb(now));
            ps.setLong(2, by);
            ps.setLong(3, id);
            return ps.executeUpdate() > 0;
        }
    }

    void addScore(Connection c, long id, int delta) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE messages SET score = score + ? WHERE id = ?")) {
            ps.setInt(1, delta);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * The caller's own finished upload of a picture or file, as an Attachment; empty for anyone
     * else's content id, or for stored content that is not a picture or file (thumbnails, avatars).
     */
    Optional<Attachment> ownUpload(Connection c, long user, String blobId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT u.name, b.kind, b.size_bytes, b.media_type, b.width,"
                + " b.height, b.thumbnail_id FROM uploads u JOIN blobs b ON b.id = u.blob_id"
                + " WHERE u.user_id = ? AND u.blob_id = ? AND b.kind IN ('picture', 'file')")) {
            ps.setLong(1, user);
            ps.setString(2, blobId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Attachment(blobId, rs.getString(2), rs.getString(1), rs.getLong(3), rs.getString(4),
                        nullableInt(rs, 5), nullableInt(rs, 6), rs.getString(7)));
            }
        }
    }

    /** An id list as one SQL array parameter ({@code = ANY(?)}: one statement for any number of ids). */
    static Array ids(Connection c, Collection<Long> ids) throws SQLException {
        return c.createArrayOf("BIGINT", ids.toArray(new Long[0]));
    }

    private static Optional<StoredMessage> one(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    private static List<StoredMessage> list(PreparedStatement ps) throws SQLException {
        List<StoredMessage> found = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(row(rs));
            }
        }
        return found;
    }

    private static StoredMessage row(ResultSet rs) throws SQLException {
        long replyTo = rs.getLong(10);
        Long reply = rs.wasNull() ? null : replyTo;
        String attachmentId = rs.getString(11);
        String kind = rs.getString(13);
        // a content id without its blob row would be a broken store: show the message without it
        Attachment attachment = attachmentId == null || kind == null ? null
                : new Attachment(attachmentId, kind, rs.getString(12), rs.getLong(14), rs.getString(15),
                nullableInt(rs, 16), nullableInt(rs, 17), rs.getString(18));
        return new StoredMessage(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                Database.fromDb(rs.getObject(5, OffsetDateTime.class)), Database.fromDb(rs.getObject(6, OffsetDateTime.class)),
                rs.getObject(7) != null, rs.getBoolean(8), rs.getInt(9), reply, attachment);
    }

    private static Integer nullableInt(ResultSet rs, int index) throws SQLException {
        int v = rs.getInt(index);
        return rs.wasNull() ? null : v;
    }
}
