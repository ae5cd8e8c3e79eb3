package dev.parley.server.messages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.storage.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history page query reads one page from the index at any depth (spec M-2). Checked on the
 * query plan rather than with a timer: "index sorted" means H2 stops after LIMIT rows instead
 * of sorting the whole older part of the room.
 */
class MessagesPagePlanTest {
    @TempDir
    Path data;

    private static String plan(Database db, boolean withBefore) {
        String sql = Messages.pageSql(withBefore)
                .replace("m.room_id = ?", "m.room_id = 1")
                .replace("m.id < ?", "m.id < 1000")
                .replace("LIMIT ?", "LIMIT 51");
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /** Two rooms of messages, and statistics, so the planner chooses as it would in production. */
    private static void fill(Database db) {
        db.inTransaction(c -> {
            try (var st = c.createStatement()) {
                st.execute("INSERT INTO users (username, username_key, display_name, color, password_hash, created_at)"
                        + " VALUES ('a', 'a', 'a', '#000000', 'x', CURRENT_TIMESTAMP)");
                st.execute("INSERT INTO rooms (name, name_key, topic, slowmode_seconds, kind, closed, created_at)"
                        + " VALUES ('r1', 'r1', '', 0, 'fixed', FALSE, CURRENT_TIMESTAMP), ('r2', 'r2', '', 0, 'fixed', FALSE, CURRENT_TIMESTAMP)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO messages (room_id, author_id, client_message_id, text, created_at)"
                    + " VALUES (?, 1, RANDOM_UUID(), 'x', CURRENT_TIMESTAMP)")) {
                for (int i = 0; i < 5_000; i++) {
                    ps.setLong(1, i % 5 == 0 ? 2 : 1);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (var st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            return null;
        });
    }

    private static String explain(Database db, String sql) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void newerPageQuery_readsTheSameIndexBackwards_withoutSorting() {
        try (Database db = Database.openH2(data)) {
            fill(db);
            for (boolean inclusive : new boolean[] {true, false}) {
                String sql = Messages.newerSql(inclusive).replace("m.room_id = ?", "m.room_id = 1")
                        .replace("m.id >= ?", "m.id >= 10").replace("m.id > ?", "m.id > 10").replace("LIMIT ?", "LIMIT 51");
                assertThat(explain(db, sql)).as("plan with inclusive=%s", inclusive)
                        .contains("MESSAGES_ROOM_ID_IDX")
                        .contains("index sorted");
            }
            String older = Messages.olderExistsSql().replace("m.room_id = ?", "m.room_id = 1").replace("m.id < ?", "m.id < 1000");
            assertThat(explain(db, older)).contains("MESSAGES_ROOM_ID_IDX").contains("index sorted");
        }
    }

    @Test
    void newerPageQuery_returnsTheOldestMessagesAfterTheCursor_inAscendingOrder() {
        try (Database db = Database.openH2(data)) {
            fill(db);
            java.util.List<StoredMessage> page = db.read(c -> new Messages().newer(c, 1, 100, false, 5));
            java.util.List<Long> all = db.read(c -> {
                java.util.List<Long> ids = new java.util.ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM messages WHERE room_id = 1 AND id > 100 ORDER BY id");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next() && ids.size() < 5) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            });
            assertThat(page).extracting(StoredMessage::id).containsExactlyElementsOf(all);
        }
    }

    @Test
    void extrasQueries_lookUpByPrimaryKeys_withOneArrayParameter() {
        try (Database db = Database.openH2(data)) {
            fill(db);
            assertThat(explain(db, Reactions.findSql().replace("ANY(?)", "ANY(ARRAY[1, 2, 3])")
                    .replace("rn <= ?", "rn <= 10").replace("user_id = ?", "user_id = 1")))
                    .containsIgnoringCase("REACTIONS_USER_UQ");
            assertThat(explain(db, "SELECT message_id, vote_value FROM votes WHERE user_id = 1 AND message_id = ANY(ARRAY[1, 2, 3])"))
                    .containsIgnoringCase("PRIMARY_KEY");
        }
    }

    @Test
    void pageQuery_readsFromTheRoomIndexInOrder_withAndWithoutCursor() {
        try (Database db = Database.openH2(data)) {
            fill(db);
            for (boolean withBefore : new boolean[] {true, false}) {
                String plan = plan(db, withBefore);
                assertThat(plan).as("plan with before=%s", withBefore)
                        .contains("MESSAGES_ROOM_ID_IDX")
                        .contains("index sorted");
            }
        }
    }
}
