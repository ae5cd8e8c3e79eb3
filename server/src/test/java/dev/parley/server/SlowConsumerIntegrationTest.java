package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.MessageInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that stops reading must not grow the server's memory or hold up the room: its
 * outbound queue stays within its bound, it is disconnected when the bound is reached, and
 * everyone else keeps getting every message.
 */
class SlowConsumerIntegrationTest {
    private static final int MESSAGES = 2_500;
    private static final String FILLER = "x".repeat(3_000);

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
    void clientThatNeverReads_isDisconnected_withBoundedQueue_whileOthersKeepReceiving() throws Exception {
        ParleyClient alice = server.user("alice");
        ParleyClient bob = server.user("bob");
        server.user("slow");
        long general = TestServer.roomId(alice, "general");

        RawWebSocket slow = new RawWebSocket("127.0.0.1", server.server().port(), 4096);
        slow.sendText("{\"type\":\"login\",\"id\":\"1\",\"username\":\"slow\",\"password\":\"password-slow\"}");
        assertThat(slow.readText()).contains("\"ok\"");
        slow.sendText("{\"type\":\"open\",\"id\":\"2\",\"room\":" + general + "}");
        assertThat(slow.readText()).contains("\"ok\"");
        // from here on the slow client reads nothing

        AtomicInteger bobReceived = new AtomicInteger();
        bob.onPush(p -> {
            if (p instanceof MessagePosted) {
                bobReceived.incrementAndGet();
            }
        });
        bob.open(general);
        int connectionsBefore = server.server().connectionCount();

        AtomicLong maxQueued = new AtomicLong();
        List<CompletableFuture<MessageInfo>> sends = new ArrayList<>();
        // at most 64 sends in flight: alice and bob must stay well within their own queue bounds
        java.util.concurrent.Semaphore window = new java.util.concurrent.Semaphore(64);
        for (int i = 0; i < MESSAGES; i++) {
            String text = i + " " + FILLER;
            window.acquire();
            CompletableFuture<MessageInfo> sent = alice.call(id -> new SendMessage(id, general, UUID.randomUUID(), text));
            sent.whenComplete((m, e) -> window.release());
            sends.add(sent);
            if (i % 100 == 0) {
                maxQueued.accumulateAndGet(server.server().queuedOutboundChars(), Math::max);
            }
        }
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while ((bobReceived.get() < MESSAGES || server.server().connectionCount() >= connectionsBefore)
                && System.nanoTime() < deadline) {
            maxQueued.accumulateAndGet(server.server().queuedOutboundChars(), Math::max);
            Thread.sleep(10);
        }

        assertThat(bobReceived.get()).as("messages bob received").isEqualTo(MESSAGES);
        assertThat(server.server().connectionCount()).as("the slow connection was dropped").isEqualTo(connectionsBefore - 1);
        // and its socket is gone too, although the peer never read the close frame: a polite close
        // alone would leave it open with megabytes queued in the kernel
        long socketDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.server().openSockets() > server.server().connectionCount() && System.nanoTime() < socketDeadline) {
            Thread.sleep(50);
        }
        assertThat(server.server().openSockets()).as("sockets still open").isEqualTo(server.server().connectionCount());
        boolean closed = false;
        long closeDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!closed && System.nanoTime() < closeDeadline) {
            closed = slow.serverClosed();
        }
        assertThat(closed).as("the server closed the slow peer").isTrue();
        // three readers' queues at most, each within its 4 Mi-character bound
        assertThat(maxQueued.get()).isLessThanOrEqualTo(3L * 4 * 1024 * 1024);
        assertThat(alice.history(general, null, 1).messages()).hasSize(1);
        slow.close();
    }
}
