package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.Push;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Messages end to end over the real protocol: delivery, exactly-once resend, paging, restart. */
class MessagingIntegrationTest {
    @TempDir
    Path data;
    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(data);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void send_reachesOtherSubscriber_andNotTheSendingConnection() throws Exception {
        ParleyClient alice = server.user("alice");
        ParleyClient bob = server.user("bob");
        long general = TestServer.roomId(alice, "general");
        BlockingQueue<Push> alicePushes = new LinkedBlockingQueue<>();
        BlockingQueue<Push> bobPushes = new LinkedBlockingQueue<>();
        alice.onPush(alicePushes::add);
        bob.onPush(bobPushes::add);
        alice.open(general);
        bob.open(general);

        MessageInfo sent = alice.send(general, "hello bob");

        Push push = bobPushes.poll(5, TimeUnit.SECONDS);
        assertThat(push).isInstanceOf(MessagePosted.class);
        MessagePosted posted = (MessagePosted) push;
        // the same message, without the sender's own vote (pushes carry no reader's vote)
        assertThat(sent.myVote()).isEqualTo(1);
        assertThat(posted.message()).isEqualTo(sent.withMyVote(null));
        assertThat(posted.author().username()).isEqualTo("alice");
        assertThat(sent.text()).isEqualTo("hello bob");
        assertThat(sent.room()).isEqualTo(general);
        // the sender's ok carried the message; a round trip later, no push has arrived for it
        alice.rooms();
        assertThat(alicePushes).isEmpty();
    }

    @Test
    void pushes_reachEachReader_inStorageOrder_evenFromSeveralSenders() throws Exception {
        ParleyClient alice = server.user("alice");
        ParleyClient carol = server.user("carol");
        ParleyClient bob = server.user("bob");
        long general = TestServer.roomId(alice, "general");
        List<Long> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        bob.onPush(p -> {
            if (p instanceof MessagePosted mp) {
                seen.add(mp.message().id());
            }
        });
        bob.open(general);
        java.util.concurrent.Semaphore window = new java.util.concurrent.Semaphore(64);
        List<CompletableFuture<MessageInfo>> sends = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            ParleyClient from = i % 2 == 0 ? alice : carol;
            String text = "ordered " + i;
            window.acquire();
            CompletableFuture<MessageInfo> f = from.call(id -> new SendMessage(id, general, UUID.randomUUID(), text));
            f.whenComplete((m, e) -> window.release());
            sends.add(f);
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (seen.size() < 600 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(seen).hasSize(600);
        assertThat(seen).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void resend_withSameClientMessageId_returnsOriginal_andStoresOnce() {
        ParleyClient alice = server.user("alice");
        long general = TestServer.roomId(alice, "general");
        UUID cmid = UUID.randomUUID();

        MessageInfo first = alice.send(general, cmid, "only once");
        MessageInfo again = alice.send(general, cmid, "only once");

        assertThat(again).isEqualTo(first);
        HistoryPage page = alice.open(general);
        assertThat(page.messages()).extracting(MessageInfo::text).containsExactly("only once");
    }

    @Test
    void resend_afterReconnect_returnsOriginal() {
        ParleyClient alice = server.user("alice");
        long general = TestServer.roomId(alice, "general");
        UUID cmid = UUID.randomUUID();
        MessageInfo first = alice.send(general, cmid, "survives reconnect");
        alice.close();

        ParleyClient again = server.connect();
        again.login("alice", "password-alice");
        assertThat(again.send(general, cmid, "survives reconnect")).isEqualTo(first);
        assertThat(again.history(general, null, 10).messages()).hasSize(1);
    }

    @Test
    void history_of10000Messages_pagesBackToFirst_withNoGapOrDuplicate() throws Exception {
        ParleyClient alice = server.user("alice");
        long general = TestServer.roomId(alice, "general");
        int total = 10_000;
        List<CompletableFuture<MessageInfo>> batch = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            String text = "m" + i;
            batch.add(alice.call(id -> new SendMessage(id, general, UUID.randomUUID(), text)));
            if (batch.size() == 200) {
                CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
                batch.clear();
            }
        }
        CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        List<MessageInfo> all = new ArrayList<>();
        Long before = null;
        boolean more = true;
        int pages = 0;
        while (more) {
            HistoryPage page = alice.history(general, before, 100);
            assertThat(page.messages()).isNotEmpty();
            all.addAll(0, page.messages());
            before = page.messages().get(0).id();
            more = page.hasMore();
            pages++;
        }

        assertThat(pages).isEqualTo(100);
        assertThat(all).hasSize(total);
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < total; i++) {
            assertThat(all.get(i).text()).isEqualTo("m" + i);
            assertThat(ids.add(all.get(i).id())).isTrue();
            if (i > 0) {
                assertThat(all.get(i).id()).isGreaterThan(all.get(i - 1).id());
            }
        }
    }

    @Test
    void history_survivesServerRestart_onSameDataDirectory() {
        ParleyClient alice = server.user("alice");
        long general = TestServer.roomId(alice, "general");
        List<MessageInfo> sent = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            sent.add(alice.send(general, "before restart " + i));
        }

        server.restart();

        ParleyClient again = server.connect();
        again.login("alice", "password-alice");
        HistoryPage page = again.open(general);
        assertThat(page.messages()).containsExactlyElementsOf(sent);
        assertThat(page.users()).extracting(u -> u.username()).containsExactly("alice");
    }

    @Test
    void send_toUnknownRoom_isRefused_andStoresNothing() {
        ParleyClient alice = server.user("alice");
        assertThatThrownBy(() -> alice.send(999_999, "lost?"))
                .isInstanceOf(ParleyException.class)
                .extracting(e -> ((ParleyException) e).code()).isEqualTo(ErrorCode.ROOM_NOT_FOUND);
        assertThatThrownBy(() -> alice.open(999_999))
                .extracting(e -> ((ParleyException) e).code()).isEqualTo(ErrorCode.ROOM_NOT_FOUND);
        long general = TestServer.roomId(alice, "general");
        assertThat(alice.history(general, null, 10).messages()).isEmpty();
    }

    @Test
    void send_textOverLimit_isRefused_withMax_andConnectionStaysUsable() {
        ParleyClient alice = server.user("alice");
        long general = TestServer.roomId(alice, "general");
        String tooLong = "x".repeat(4001);

        assertThatThrownBy(() -> alice.send(general, tooLong))
                .isInstanceOfSatisfying(ParleyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TEXT_TOO_LONG);
                    assertThat(e.params()).containsEntry("max", "4000");
                });
        assertThatThrownBy(() -> alice.send(general, "   \n "))
                .extracting(e -> ((ParleyException) e).code()).isEqualTo(ErrorCode.TEXT_EMPTY);
        assertThat(alice.send(general, "x".repeat(4000)).text()).hasSize(4000);
        assertThat(alice.history(general, null, 10).messages()).hasSize(1);
    }

    @Test
    void send_astralCharactersAtTheLimit_isStoredWhole() {
        ParleyClient alice = server.user("alice");
        long general = TestServer.roomId(alice, "general");
        String text = "😀".repeat(4000);
        assertThat(alice.send(general, text).text()).isEqualTo(text);
        assertThat(alice.history(general, null, 1).messages().get(0).text()).isEqualTo(text);
    }

    @Test
    void history_ofLongMessages_stopsEarlyWithinTheByteBudget_andPagesBackWithoutGaps() throws Exception {
        ParleyClient alice = server.user("alice");
        long general = TestServer.roomId(alice, "general");
        List<CompletableFuture<MessageInfo>> sends = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String text = String.format("%03d", i) + "é".repeat(3_996);
            sends.add(alice.call(id -> new SendMessage(id, general, UUID.randomUUID(), text)));
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        HistoryPage newest = alice.history(general, null, 100);
        // 8,000 bytes of text each, a little more as encoded with their fields: 11 fit in the 96 KiB budget
        assertThat(newest.messages()).hasSize(11);
        assertThat(newest.hasMore()).isTrue();
        List<MessageInfo> all = new ArrayList<>(newest.messages());
        Long before = newest.messages().get(0).id();
        boolean more = true;
        while (more) {
            HistoryPage page = alice.history(general, before, 100);
            all.addAll(0, page.messages());
            before = page.messages().get(0).id();
            more = page.hasMore();
        }
        assertThat(all).extracting(m -> m.text().substring(0, 3))
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 100).mapToObj(i -> String.format("%03d", i)).toList());
    }

    @Test
    void close_unknownRoom_isRefused() {
        ParleyClient alice = server.user("alice");
        assertThatThrownBy(() -> alice.await(id -> new dev.parley.protocol.frame.CloseRoom(id, 424242L)))
                .extracting(e -> ((ParleyException) e).code()).isEqualTo(ErrorCode.ROOM_NOT_FOUND);
    }

    @Test
    void history_pageSize_isBoundedAndHasMoreIsExact() {
        ParleyClient alice = server.user("alice");
        long general = TestServer.roomId(alice, "general");
        for (int i = 0; i < 5; i++) {
            alice.send(general, "n" + i);
        }
        HistoryPage newest = alice.history(general, null, 3);
        assertThat(newest.messages()).extracting(MessageInfo::text).containsExactly("n2", "n3", "n4");
        assertThat(newest.hasMore()).isTrue();
        HistoryPage rest = alice.history(general, newest.messages().get(0).id(), 3);
        assertThat(rest.messages()).extracting(MessageInfo::text).containsExactly("n0", "n1");
        assertThat(rest.hasMore()).isFalse();
    }
}
