package dev.parley.server.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.Utf8;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.React;
import dev.parley.protocol.frame.Register;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.server.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History pages after and around a message (spec M-2, M-12: jumping to a quote), and the page's size bound. */
class HistoryAnchorsIntegrationTest {
    @TempDir
    Path data;
    TestServer server;
    ParleyClient alice;
    long general;
    long random;
    List<Long> ids = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new TestServer(data);
        alice = server.user("alice");
        general = TestServer.roomId(alice, "general");
        random = TestServer.roomId(alice, "random");
        for (int i = 0; i < 10; i++) {
            ids.add(alice.send(general, "m" + i).id());
            // another room's messages interleave: ids are not dense in a room
            alice.send(random, "r" + i);
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<String> texts(HistoryPage page) {
        return page.messages().stream().map(MessageInfo::text).toList();
    }

    @Test
    void after_givesTheOldestMessagesNewerThanTheCursor_withHasNewerAndHasMore() {
        HistoryPage first = Calls.after(alice, general, ids.get(3), 3);
        assertThat(texts(first)).containsExactly("m4", "m5", "m6");
        assertThat(first.newerExist()).isTrue();
        assertThat(first.hasMore()).isTrue();

        HistoryPage rest = Calls.after(alice, general, ids.get(6), 5);
        assertThat(texts(rest)).containsExactly("m7", "m8", "m9");
        assertThat(rest.newerExist()).isFalse();

        HistoryPage none = Calls.after(alice, general, ids.get(9), 5);
        assertThat(none.messages()).isEmpty();
        assertThat(none.newerExist()).isFalse();
        assertThat(none.hasMore()).isTrue();
    }

    @Test
    void around_givesHalfTheLimitBeforeTheAnchor_andTheRestFromIt() {
        HistoryPage page = Calls.around(alice, general, ids.get(5), 4);
        assertThat(texts(page)).containsExactly("m3", "m4", "m5", "m6");
        assertThat(page.hasMore()).isTrue();
        assertThat(page.newerExist()).isTrue();

        HistoryPage start = Calls.around(alice, general, ids.get(0), 5);
        assertThat(texts(start)).containsExactly("m0", "m1", "m2");
        assertThat(start.hasMore()).isFalse();
        assertThat(start.newerExist()).isTrue();

        HistoryPage end = Calls.around(alice, general, ids.get(9), 6);
        assertThat(texts(end)).containsExactly("m6", "m7", "m8", "m9");
        assertThat(end.newerExist()).isFalse();

        assertThat(texts(Calls.around(alice, general, ids.get(4), 1))).containsExactly("m4");
    }

    @Test
    void around_anIdThatIsNotInTheRoom_centresOnWhereItWouldBe() {
        long betweenM4AndM5 = ids.get(4) + 1; // a message of the other room
        HistoryPage page = Calls.around(alice, general, betweenM4AndM5, 2);
        assertThat(texts(page)).containsExactly("m4", "m5");
    }

    @Test
    void pageOfLongMessagesWithQuotesReactionsAndMentions_staysWithinTheByteBudget_andPagesBackWithoutGaps()
            throws Exception {
        long room = TestServer.roomId(alice, "random");
        // twenty users with long display names, all mentioned in every message
        List<CompletableFuture<ParleyClient>> registering = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "fan" + i;
            registering.add(CompletableFuture.supplyAsync(() -> {
                ParleyClient c = server.connect();
                c.await(id -> new Register(id, name, "password-" + name, "😀".repeat(Limits.MAX_DISPLAY_NAME_LENGTH)));
                return c;
            }));
        }
        List<ParleyClient> fans = new ArrayList<>();
        for (CompletableFuture<ParleyClient> f : registering) {
            fans.add(f.get(60, TimeUnit.SECONDS));
        }
        StringBuilder mentions = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            mentions.append(" @fan").append(i);
        }
        // quotes escape to two bytes each: the worst text for the encoded size
        String text = "\"".repeat(Limits.MAX_TEXT_LENGTH - mentions.length()) + mentions;
        List<Long> sent = new ArrayList<>();
        Long previous = null;
        for (int i = 0; i < 26; i++) {
            Long replyTo = previous;
            MessageInfo m = alice.await(id -> new SendMessage(id, room, UUID.randomUUID(), text, null, replyTo, null));
            sent.add(m.id());
            previous = m.id();
        }
        List<CompletableFuture<?>> reactions = new ArrayList<>();
        for (long message : sent) {
            for (ParleyClient fan : fans.subList(0, 10)) {
                for (String emoji : Limits.REACTIONS) {
                    reactions.add(fan.call(id -> new React(id, message, emoji, true)));
                }
            }
        }
        CompletableFuture.allOf(reactions.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);

        List<Long> seen = new ArrayList<>();
        Long before = null;
        try (RawClient raw = RawClient.login(server, "fan0")) {
            while (true) {
                String request = "{\"type\":\"history\",\"room\":" + room + ",\"limit\":100"
                        + (before == null ? "" : ",\"before\":" + before) + "}";
                raw.request(request);
                List<String> frames = raw.received();
                String reply = frames.get(frames.size() - 1);
                assertThat(Utf8.length(reply)).as("page bytes").isLessThanOrEqualTo(Limits.MAX_PAGE_TEXT_BYTES + 1024);
                JsonNode page = RawClient.tree(reply).path("result");
                List<Long> pageIds = new ArrayList<>();
                page.path("messages").forEach(m -> pageIds.add(m.path("id").asLong()));
                assertThat(pageIds).isNotEmpty();
                page.path("messages").forEach(m -> {
                    if (sent.contains(m.path("id").asLong())) {
                        assertThat(m.path("reactions")).hasSize(Limits.REACTIONS.size());
                        assertThat(m.path("mentions")).hasSize(20);
                    }
                });
                seen.addAll(0, pageIds);
                before = pageIds.get(0);
                if (!page.path("hasMore").asBoolean()) {
                    break;
                }
            }
        }
        // the room also holds the ten short "r" messages of the set-up, before these
        assertThat(seen.subList(seen.size() - sent.size(), seen.size())).containsExactlyElementsOf(sent);
        assertThat(seen).hasSize(sent.size() + 10).doesNotHaveDuplicates().isSorted();
    }
}
