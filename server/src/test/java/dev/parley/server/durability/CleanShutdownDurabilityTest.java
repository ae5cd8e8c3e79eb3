package dev.parley.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean shutdown (what SIGTERM runs) in the middle of a stream of sends: every send that got
 * an {@code ok} is stored exactly once after a restart, and the sends that did not get one fail
 * (connection closed or {@code internal}) rather than hang.
 */
class CleanShutdownDurabilityTest {
    @TempDir
    Path data;

    @Test
    void shutdownMidStream_keepsEveryAcknowledgedMessage_andAnswersOrFailsTheRest() throws Exception {
        ServerConfig config = ServerConfig.loopback(data);
        ParleyServer server = ParleyServer.start(config);
        int port = server.port();
        ParleyConnector connector = new ParleyConnector();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger unanswered = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> senders = new ArrayList<>();
        List<ParleyClient> clients = new ArrayList<>();
        long room = 0;
        for (int i = 0; i < 3; i++) {
            ParleyClient c = connector.connect(server.address());
            c.hello("shutdown");
            c.register("sender" + i, "correct horse");
            room = c.rooms().rooms().get(0).id();
            clients.add(c);
        }
        long general = room;
        for (int i = 0; i < clients.size(); i++) {
            ParleyClient c = clients.get(i);
            String who = "s" + i;
            Semaphore window = new Semaphore(32);
            Thread t = new Thread(() -> {
                int n = 0;
                while (!stop.get() && c.isOpen()) {
                    String text = who + "-" + n++;
                    try {
                        if (!window.tryAcquire(1, TimeUnit.SECONDS)) {
                            continue;
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                    inFlight.incrementAndGet();
                    c.call(id -> new SendMessage(id, general, UUID.randomUUID(), text)).whenComplete((m, e) -> {
                        inFlight.decrementAndGet();
                        window.release();
                        if (m != null) {
                            acknowledged.add(m.text());
                        }
                    });
                }
            });
            t.start();
            senders.add(t);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < 1_500 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        int inFlightAtStop = inFlight.get();
        server.close();
        stop.set(true);
        for (Thread t : senders) {
            t.join(10_000);
        }
        // every request got its answer or its failure: nothing hangs past the client's timeout
        long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (inFlight.get() > 0 && System.nanoTime() < settle) {
            Thread.sleep(10);
        }
        unanswered.set(inFlight.get());
        assertThat(inFlightAtStop).as("sends in flight at the stop").isPositive();
        assertThat(unanswered.get()).as("requests never answered nor failed").isZero();

        Map<String, Integer> stored = new HashMap<>();
        try (ParleyServer restarted = ParleyServer.start(config.withPort(port))) {
            ParleyClient reader = connector.connect(restarted.address());
            reader.hello("reader");
            reader.login("sender0", "correct horse");
            Long before = null;
            boolean more = true;
            while (more) {
                HistoryPage page = reader.history(general, before, 100);
                for (MessageInfo m : page.messages()) {
                    stored.merge(m.text(), 1, Integer::sum);
                }
                more = page.hasMore() && !page.messages().isEmpty();
                before = page.messages().isEmpty() ? null : page.messages().get(0).id();
            }
            reader.close();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(1_500);
        assertThat(acknowledged).allSatisfy(text -> assertThat(stored.get(text)).as("copies of %s", text).isEqualTo(1));
        assertThat(stored.values()).allSatisfy(copies -> assertThat(copies).isEqualTo(1));
    }
}
