package dev.parley.server.messages;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Rows for what the protocol cannot make yet on this branch — a private 1:1 room, a finished
 * upload — written straight into the running server's database. H2 shares an open database
 * with every connection of the same JVM, so this is the server's own store, not a copy.
 */
final class Seed {
    private Seed() {
    }

    static long insert(Path dataDir, String sql, Object... params) {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("parley") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (Connection c = DriverManager.getConnection(url, "parley", "");
             PreparedStatement ps = c.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
            // blobs and uploads have no numeric key
            if (!sql.startsWith("INSERT INTO rooms")) {
                return 0;
            }
            try (var keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("seeding failed: " + e.getMessage(), e);
        }
    }

    /** A private 1:1 room (kind {@code private}), which the rooms feature does not create yet. */
    static long privateRoom(Path dataDir) {
        return insert(dataDir, "INSERT INTO rooms (name, topic, slowmode_seconds, kind, closed, created_at)"
                + " VALUES ('dm', '', 0, 'private', FALSE, CURRENT_TIMESTAMP)");
    }

    /** A finished upload of {@code user}: a new blob of {@code kind} and the user's upload row naming it. */
    static void upload(Path dataDir, long user, String blobId, String kind, String name) {
        insert(dataDir, "INSERT INTO blobs (id, kind, size_bytes, media_type, width, height, created_at)"
                + " VALUES (?, ?, 1234, ?, ?, ?, CURRENT_TIMESTAMP)",
                blobId, kind, "file".equals(kind) ? "application/octet-stream" : "image/png",
                "file".equals(kind) ? null : 640, "file".equals(kind) ? null : 480);
        insert(dataDir, "INSERT INTO uploads (user_id, blob_id, name, uploaded_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)",
                user, blobId, name);
    }
}
