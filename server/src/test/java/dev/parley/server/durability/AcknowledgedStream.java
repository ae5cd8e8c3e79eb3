package dev.parley.server.durability;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
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

/**
 * For the durability tests: senders that post to one room without pause, up to 32 sends in
 * flight each, recording every message the server acknowledged; and a reader that counts the
 * copies of each text the room holds afterwards.
 */
final class AcknowledgedStream {
    private static final int WINDOW = 32;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> senders = new ArrayList<>();

    /** Starts one sender thread per client; texts are {@code s<index>-<n>}. */
    AcknowledgedStream(List<ParleyClient> clients, long room) {
        for (int i = 0; i < clients.size(); i++) {
            ParleyClient c = clients.get(i);
            String who = "s" + i;
            Semaphore window = new Semaphore(WINDOW);
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
                    c.call(id -> new SendMessage(id, room, UUID.randomUUID(), text)).whenComplete((m, e) -> {
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
    }

    /** Waits (up to a minute) until at least {@code count} messages were acknowledged. */
    void awaitAcknowledged(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    int inFlight() {
        return inFlight.get();
    }

    /** Stops sending and waits for the sender threads. */
    void stop() throws InterruptedException {
        stop.set(true);
        for (Thread t : senders) {
            t.join(10_000);
        }
    }

    /** Waits (up to 15 s) until every send was answered or failed; returns how many were not. */
    int awaitSettled() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return inFlight.get();
    }

    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** How many copies of each text the room holds, read page by page back to the first message. */
    static Map<String, Integer> storedCopies(ParleyClient reader, long room) {
        Map<String, Integer> stored = new HashMap<>();
        Long before = null;
        boolean more = true;
        while (more) {
            HistoryPage page = reader.history(room, before, 100);
            for (MessageInfo m : page.messages()) {
                stored.merge(m.text(), 1, Integer::sum);
            }
            more = page.hasMore() && !page.messages().isEmpty();
            before = page.messages().isEmpty() ? null : page.messages().get(0).id();
        }
        return stored;
    }
}
