package dev.parley.server.attention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Limits;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.ListConversations;
import dev.parley.protocol.frame.MarkRead;
import dev.parley.protocol.model.ConversationState;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import dev.parley.server.storage.Database;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts in a room seeded straight into the database while the server was stopped (thousands of
 * messages, their mentions, deleted ones): the cap of {@link Limits#MAX_UNREAD_COUNT}, mentions of
 * the reader among the unread ones only, and tombstones not counted.
 */
class UnreadCountsSeededIntegrationTest {
    @TempDir
    Path data;

    @Test
    void counts_areCappedAt1000_countMentionsOfTheReaderAfterTheMarker_andSkipDeletedMessages() {
        ServerConfig config = ServerConfig.loopback(data);
        long reader;
        long writer;
        long general;
        try (TestServer first = new TestServer(config, Clock.systemUTC())) {
            reader = first.connect().register("reader", "password-reader").user().id();
            ParleyClient w = first.connect();
            writer = w.register("writer", "password-writer").user().id();
            general = TestServer.roomId(w, "general");
        }
        long firstId = seed(general, writer, reader, 3_000);

        try (TestServer server = new TestServer(config.withPort(0), Clock.systemUTC())) {
            ParleyClient c = server.login("reader");
            ConversationState all = state(c, general);
            assertThat(all.unread()).isEqualTo(Limits.MAX_UNREAD_COUNT);
            // every 10th message mentions the reader: 300 of them, all unread
            assertThat(all.mentions()).isEqualTo(300);

            // read up to the 2,950th: 50 left, of which every 7th was deleted, 5 mention the reader
            long marker = firstId + 2_949;
            ConversationState after = c.await(i -> new MarkRead(i, general, marker));
            long expectedUnread = java.util.stream.LongStream.range(marker + 1, firstId + 3_000)
                    .filter(id -> (id - firstId) % 7 != 0).count();
            long expectedMentions = java.util.stream.LongStream.range(marker + 1, firstId + 3_000)
                    .filter(id -> (id - firstId) % 7 != 0 && (id - firstId) % 10 == 0).count();
            assertThat(after.unread()).isEqualTo((int) expectedUnread);
            assertThat(after.mentions()).isEqualTo((int) expectedMentions);
            assertThat(state(c, general)).isEqualTo(after);

            HistoryPage page = c.history(general, null, 10);
            assertThat(page.messages()).isNotEmpty();
        }
    }

    private static ConversationState state(ParleyClient c, long room) {
        return c.await(ListConversations::new).conversations().stream().filter(s -> s.room() == room).findFirst().orElseThrow();
    }

    /**
     * {@code count} messages by {@code writer} in {@code room}; the i-th (from 0) mentions
     * {@code reader} when i is a multiple of 10 and is deleted when i is a multiple of 7 but not
     * of 10 (so the 300 mentions all stay). Returns the first id.
     */
    private long seed(long room, long writer, long reader, int count) {
        try (Database db = Database.openH2(data)) {
            return db.inTransaction(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO messages (room_id, author_id, client_message_id, text,"
                        + " created_at, deleted_at) VALUES (?, ?, RANDOM_UUID(), ?, CURRENT_TIMESTAMP,"
                        + " CASE WHEN ? THEN CURRENT_TIMESTAMP ELSE NULL END)")) {
                    for (int i = 0; i < count; i++) {
                        ps.setLong(1, room);
                        ps.setLong(2, writer);
                        ps.setString(3, i % 10 == 0 ? "@reader look " + i : "message " + i);
                        ps.setBoolean(4, i % 7 == 0 && i % 10 != 0);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                long first;
                try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id) FROM messages WHERE room_id = ? AND author_id = ?")) {
                    ps.setLong(1, room);
                    ps.setLong(2, writer);
                    try (var rs = ps.executeQuery()) {
                        rs.next();
                        first = rs.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(ReadStatesPlanTest.mentionsInsert(c, "?",
                        "room_id = ? AND author_id = ? AND MOD(id - ?, 10) = 0"))) {
                    ps.setLong(1, reader);
                    ps.setLong(2, room);
                    ps.setLong(3, writer);
                    ps.setLong(4, first);
                    ps.executeUpdate();
                }
                return first;
            });
        }
    }
}
