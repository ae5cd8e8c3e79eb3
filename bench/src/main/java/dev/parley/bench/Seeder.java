package dev.parley.bench;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.parley.server.storage.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Fills a fresh data directory before the server starts, straight through JDBC, because the
 * protocol path is too slow for set-up: a {@code register} costs one Argon2 hash (~50–100 ms,
 * and the server runs at most one per core), and a million {@code send}s would take longer
 * than the benchmark. Users get one password hash computed once here, with exactly the
 * parameters the server uses (password4j Argon2id, m = 19 MiB, t = 2, p = 1, 32-byte output,
 * 16-byte salt; PHC string), so {@code login} verifies them like any other account.
 *
 * <p>Rooms are inserted as {@code fixed} rooms with the names the bench also writes into the
 * server's config file, so the server's start-up sync finds and keeps them (and their history).
 * Re-running on the same {@code --data} directory reuses what is already there.
 */
final class Seeder implements AutoCloseable {
    /** The password of every bench account. */
    static final String PASSWORD = "bench-password-1";
    private static final Argon2Function SERVER_ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID);
    private static final int BATCH = 5_000;

    /** Range of message ids in a seeded room. */
    record RoomFill(String room, long roomId, long count, long minId, long maxId) {
    }

    private final Database db;

    Seeder(Path dataDir) {
        this.db = Database.openH2(dataDir);
    }

    /** Users {@code names}, all with {@link #PASSWORD}; existing ones are left as they are. */
    void users(List<String> names) {
        String hash = Password.hash(PASSWORD).addRandomSalt(16).with(SERVER_ARGON2).getResult();
        Instant now = Instant.now();
        db.inTransaction(c -> {
            Set<String> existing = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT username_key FROM users");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    existing.add(rs.getString(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO users (username, username_key, display_name, color,"
                    + " password_hash, created_at) VALUES (?, ?, ?, '#1d9bd1', ?, ?)")) {
                for (String name : names) {
                    if (existing.contains(name.toLowerCase(Locale.ROOT))) {
                        continue;
                    }
                    ps.setString(1, name);
                    ps.setString(2, name.toLowerCase(Locale.ROOT));
                    ps.setString(3, name);
                    ps.setString(4, hash);
                    ps.setObject(5, Database.toDb(now));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Fixed public rooms with these names; returns nothing, the server reports ids in {@code rooms}. */
    void rooms(List<String> names) {
        Instant now = Instant.now();
        db.inTransaction(c -> {
            for (String name : names) {
                roomId(c, name, now);
            }
            return null;
        });
    }

    /** The ids of the named rooms (which {@link #rooms} created). */
    java.util.Map<String, Long> roomIds(List<String> names) {
        Instant now = Instant.now();
        return db.inTransaction(c -> {
            java.util.Map<String, Long> ids = new java.util.LinkedHashMap<>();
            for (String name : names) {
                ids.put(name, roomId(c, name, now));
            }
            return ids;
        });
    }

    /**
     * Makes {@code room} hold at least {@code count} messages, written by the given users in
     * turn, dated one per second up to now.
     */
    RoomFill messages(String room, long count, List<String> authors) {
        Instant now = Instant.now();
        long roomId = db.inTransaction(c -> roomId(c, room, now));
        long have = countIn(roomId);
        long[] authorIds = db.read(c -> {
            long[] ids = new long[authors.size()];
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM users WHERE username_key = ?")) {
                for (int i = 0; i < ids.length; i++) {
                    ps.setString(1, authors.get(i).toLowerCase(Locale.ROOT));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        ids[i] = rs.getLong(1);
                    }
                }
            }
            return ids;
        });
        long seed = UUID.randomUUID().getMostSignificantBits();
        for (long done = have; done < count; ) {
            long from = done;
            long upTo = Math.min(count, done + 100_000);
            db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO messages (room_id, author_id, client_message_id,"
                        + " text, created_at) VALUES (?, ?, ?, ?, ?)")) {
                    for (long i = from; i < upTo; i++) {
                        ps.setLong(1, roomId);
                        ps.setLong(2, authorIds[(int) (i % authorIds.length)]);
                        ps.setObject(3, new UUID(seed, i));
                        ps.setString(4, "history message " + i + " in " + room + ": the quick brown fox jumps over the lazy dog");
                        ps.setObject(5, Database.toDb(now.minusSeconds(count - i)));
                        ps.addBatch();
                        if ((i - from + 1) % BATCH == 0) {
                            ps.executeBatch();
                        }
                    }
                    ps.executeBatch();
                }
                return null;
            });
            done = upTo;
        }
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), MIN(id), MAX(id) FROM messages WHERE room_id = ?")) {
                ps.setLong(1, roomId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new RoomFill(room, roomId, rs.getLong(1), rs.getLong(2), rs.getLong(3));
                }
            }
        });
    }

    /** Ids of all messages whose text starts with {@code prefix} (to check acknowledged sends after a kill). */
    Set<Long> messageIdsWithPrefix(String prefix) {
        return db.read(c -> {
            Set<Long> ids = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM messages WHERE text LIKE ?")) {
                ps.setString(1, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    private long countIn(long roomId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM messages WHERE room_id = ?")) {
                ps.setLong(1, roomId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static long roomId(Connection c, String name, Instant now) throws SQLException {
        String key = name.toLowerCase(Locale.ROOT);
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM rooms WHERE name_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getLong(1);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rooms (name, name_key, topic, slowmode_seconds, kind,"
                + " closed, created_at) VALUES (?, ?, 'bench', 0, 'fixed', FALSE, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, key);
            ps.setObject(3, Database.toDb(now));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
