package dev.parley.server.attachments;

import dev.parley.protocol.model.Attachment;
import dev.parley.server.storage.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Store of stored content (table {@code blobs}: what each content id is) and of who uploaded it
 * under which name (table {@code uploads}), plus the look-ups {@code fetch} is authorised by.
 * A content id is no key: a message may attach only its author's own upload, and fetching
 * follows the messages that show the content (see {@link BlobAccess}).
 *
 * <p>Public for the messages feature, which attaches uploads to messages: {@link #ownUpload}
 * says whether a user uploaded a content id (and under which name), {@link #attachment} builds
 * the Attachment a message carries.
 */
public final class Blobs {
    /** Kinds of stored content. */
    public static final String PICTURE = "picture";
    public static final String THUMBNAIL = "thumbnail";
    public static final String AVATAR = "avatar";
    public static final String FILE = "file";
    /** Media type of every file: never trust a name to say what a file is or runs as. */
    public static final String OCTET_STREAM = "application/octet-stream";
    /** Most pictures one thumbnail is looked up for (the same small picture uploaded in several sizes). */
    private static final int MAX_PICTURES_PER_THUMBNAIL = 20;

    /** A {@code blobs} row. {@code thumbnail} is a picture's thumbnail (itself when it is small), null otherwise. */
    public record Row(String id, String kind, long size, String mediaType, Integer width, Integer height, String thumbnail) {
        boolean isFile() {
            return FILE.equals(kind);
        }

        /** The Attachment a message shows for this content, sent under {@code name}. */
        public Attachment attachment(String name) {
            if (isFile()) {
                return new Attachment(id, Attachment.FILE, name, size, OCTET_STREAM, null, null, null);
            }
            // thumbnails and avatars are pictures too (the same bytes may be uploaded as one)
            return new Attachment(id, Attachment.PICTURE, name, size, mediaType, width, height, thumbnail != null ? thumbnail : id);
        }
    }

    private static final String COLUMNS = "id, kind, size_bytes, media_type, width, height, thumbnail_id";

    public Optional<Row> find(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM blobs WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Row(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getObject(5, Integer.class), rs.getObject(6, Integer.class), rs.getString(7)));
            }
        }
    }

    /**
     * Records content whose file is in the store; returns the row as it stands. Content stored
     * before keeps its row, except that a file found now to be a picture (its bytes came back
     * out of the picture pipeline) takes the picture's row: it is then shown as the picture it is.
     */
    Row store(Connection c, Row row, Instant now) throws SQLException {
        Optional<Row> existing = find(c, row.id());
        if (existing.isEmpty()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO blobs (" + COLUMNS + ", created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                bind(ps, row);
                ps.setObject(8, Database.toDb(now));
                ps.executeUpdate();
            }
            return row;
        }
        if (existing.get().isFile() && !row.isFile()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE blobs SET id = ?, kind = ?, size_bytes = ?, media_type = ?,"
                    + " width = ?, height = ?, thumbnail_id = ? WHERE id = ?")) {
                bind(ps, row);
                ps.setString(8, row.id());
                ps.executeUpdate();
            }
            return row;
        }
        return existing.get();
    }

    private static void bind(PreparedStatement ps, Row row) throws SQLException {
        ps.setString(1, row.id());
        ps.setString(2, row.kind());
        ps.setLong(3, row.size());
        ps.setString(4, row.mediaType());
        ps.setObject(5, row.width());
        ps.setObject(6, row.height());
        ps.setString(7, row.thumbnail());
    }

    /** Records that {@code user} uploaded {@code blob} as {@code name} (the newest name wins). */
    void recordUpload(Connection c, long user, String blob, String name, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE uploads SET name = ?, uploaded_at = ? WHERE user_id = ? AND blob_id = ?")) {
            ps.setString(1, name);
            ps.setObject(2, Database.toDb(now));
            ps.setLong(3, user);
            ps.setString(4, blob);
            if (ps.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO uploads (user_id, blob_id, name, uploaded_at) VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, user);
            ps.setString(2, blob);
            ps.setString(3, name);
            ps.setObject(4, Database.toDb(now));
            ps.executeUpdate();
        }
    }

    /** The name under which {@code user} uploaded {@code blob}; empty when they never did. */
    public Optional<String> ownUpload(Connection c, long user, String blob) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM uploads WHERE user_id = ? AND blob_id = ?")) {
            ps.setLong(1, user);
            ps.setString(2, blob);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /** The Attachment for {@code blob} sent as {@code name}; empty when no such content is stored. */
    public Optional<Attachment> attachment(Connection c, String blob, String name) throws SQLException {
        return find(c, blob).map(r -> r.attachment(name));
    }

    /** {@code blob} and the pictures whose thumbnail it is: the content whose rights a fetch of it follows. */
    List<String> showing(Connection c, String blob) throws SQLException {
        List<String> ids = new ArrayList<>();
        ids.add(blob);
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM blobs WHERE thumbnail_id = ? AND id <> ? LIMIT ?")) {
            ps.setString(1, blob);
            ps.setString(2, blob);
            ps.setInt(3, MAX_PICTURES_PER_THUMBNAIL);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** Whether {@code user} uploaded any of {@code blobs}. */
    boolean uploadedAny(Connection c, long user, List<String> blobs) throws SQLException {
        for (String blob : blobs) {
            if (ownUpload(c, user, blob).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Rooms (at most {@code limit}) holding a message that is not deleted and attaches {@code blob}. */
    List<Long> roomsAttaching(Connection c, String blob, int limit) throws SQLException {
        List<Long> rooms = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT room_id FROM messages WHERE attachment_id = ? AND deleted_at IS NULL LIMIT ?")) {
            ps.setString(1, blob);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rooms.add(rs.getLong(1));
                }
            }
        }
        return rooms;
    }

    /** Whether {@code blob} is some user's avatar now. */
    boolean isSomeonesAvatar(Connection c, String blob) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM users WHERE avatar_id = ? LIMIT 1")) {
            ps.setString(1, blob);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
