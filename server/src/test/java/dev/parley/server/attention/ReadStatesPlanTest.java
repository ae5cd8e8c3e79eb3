package dev.parley.server.attention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.storage.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The counting queries read a bounded range of an index, never a whole history (spec R-4): checked
 * on H2's query plans with {@code EXPLAIN ANALYZE} (rows actually scanned) in a room of 20,000
 * messages, rather than with a timer.
 */
class ReadStatesPlanTest {
    @TempDir
    static Path data;
    static Database db;

    @BeforeAll
    static void fill() {
        db = Database.openH2(data);
        db.inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO users (username, username_key, display_name, color, password_hash, created_at)"
                        + " VALUES ('a', 'a', 'a', '#000000', 'x', CURRENT_TIMESTAMP), ('b', 'b', 'b', '#000000', 'x', CURRENT_TIMESTAMP)");
                st.execute("INSERT INTO rooms (name, name_key, topic, slowmode_seconds, kind, closed, created_at)"
                        + " VALUES ('r1', 'r1', '', 0, 'fixed', FALSE, CURRENT_TIMESTAMP), ('r2', 'r2', '', 0, 'fixed', FALSE, CURRENT_TIMESTAMP)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO messages (room_id, author_id, client_message_id, text, created_at)"
                    + " VALUES (?, ?, RANDOM_UUID(), 'x', CURRENT_TIMESTAMP)")) {
                for (int i = 0; i < 20_000; i++) {
                    ps.setLong(1, i % 5 == 0 ? 2 : 1);
                    ps.setLong(2, 1 + i % 2);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (var st = c.createStatement()) {
                st.execute(mentionsInsert(c, "2", "MOD(id, 3) = 0"));
                st.execute("ANALYZE");
            }
            return null;
        });
    }

    /**
     * {@code INSERT INTO mentions ... SELECT id, user FROM messages WHERE where}: mentions of the
     * messages matching {@code where} (constant SQL of the test), with the position in the text
     * (as 0) when the messages feature keeps one.
     */
    static String mentionsInsert(java.sql.Connection c, String user, String where) throws java.sql.SQLException {
        try (ResultSet rs = c.getMetaData().getColumns(null, null, "MENTIONS", "POSITION")) {
            boolean position = rs.next();
            return "INSERT INTO mentions (message_id, user_id" + (position ? ", position" : "") + ") SELECT id, " + user
                    + (position ? ", 0" : "") + " FROM messages WHERE " + where;
        }
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static String plan(String sql, Object... params) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN ANALYZE " + sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    /** The largest "scanCount" H2 reports in a plan: rows read from one index or table. */
    private static long maxScanned(String plan) {
        return java.util.regex.Pattern.compile("scanCount: (\\d+)").matcher(plan).results()
                .mapToLong(m -> Long.parseLong(m.group(1))).max().orElseThrow();
    }

    @Test
    void unreadCount_isARangeScanOfTheRoomIndex_stoppingAtTheCap() {
        // marker at the start: 16,000 messages of room 1 after it, half of them by user 2
        String plan = plan(ReadStates.UNREAD_SQL, 1L, 0L, 2L, 1000);

        assertThat(plan).contains("MESSAGES_ROOM_ID_IDX: ROOM_ID = ?1").contains("ID > ?2");
        // 1,000 counted messages by others among about 2,000 read: never the 16,000 of the room
        assertThat(maxScanned(plan)).isLessThanOrEqualTo(2_100);
    }

    @Test
    void mentionCount_isARangeScanOfTheUsersMentions_withPrimaryKeyLookUps() {
        String plan = plan(ReadStates.MENTIONS_SQL, 2L, 19_000L, 20_000L, 1L, 1L, 1000);

        assertThat(plan).contains("MENTIONS_USER_IDX: USER_ID = ?1").contains("MESSAGE_ID > ?2").contains("MESSAGE_ID <= ?3");
        assertThat(plan).containsPattern("PRIMARY_KEY_[0-9A-F]*: ID = MN.MESSAGE_ID");
        // the user's mentions between the marker and the newest unread message: about 333
        assertThat(maxScanned(plan)).isLessThanOrEqualTo(700);
    }

    @Test
    void usersReadState_isOneIndexRange() {
        String plan = plan("SELECT room_id, last_read, notifications FROM read_state WHERE user_id = ?", 1L);

        // the primary key (user_id, room_id) or the foreign key's index on user_id: either is a range
        assertThat(plan).containsPattern("PUBLIC\\.[A-Z0-9_]+: USER_ID = \\?1 \\*/");
    }
}
