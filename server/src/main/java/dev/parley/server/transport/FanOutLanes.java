package dev.parley.server.transport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that hand broadcast frames to recipients. Each connection belongs to one lane
 * (its id modulo the lane count), and each lane is one thread, so frames for one connection
 * are queued in the order they were broadcast while different connections are served in
 * parallel.
 *
 * <p>Why: handing a frame to a socket costs a frame encode and a write system call per
 * recipient; at 60,000 deliveries a second a single thread was the bottleneck (measured with
 * {@code parley bench fanout}: one thread saturated while the rest of the server idled).
 */
final class FanOutLanes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FanOutLanes.class);
    /** Below this many recipients a broadcast is handed over on the caller's thread. */
    static final int INLINE_LIMIT = 8;

    private final ExecutorService[] lanes;

    FanOutLanes(int count) {
        lanes = new ExecutorService[Math.max(1, count)];
        for (int i = 0; i < lanes.length; i++) {
            int n = i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "parley-fanout-" + n);
                t.setDaemon(true);
                return t;
            });
        }
    }

    /** Queues {@code text} to every recipient except {@code exclude}, in parallel across lanes. */
    void send(Iterable<Connection> recipients, String text, Connection exclude) {
        List<List<Connection>> byLane = new ArrayList<>(lanes.length);
        for (int i = 0; i < lanes.length; i++) {
            byLane.add(new ArrayList<>());
        }
        int total = 0;
        for (Connection c : recipients) {
            if (c != exclude) {
                byLane.get((int) (c.id() % lanes.length)).add(c);
                total++;
            }
        }
        if (total <= INLINE_LIMIT) {
            // small rooms: a hand-off would cost more than the sends (per-connection order still
            // holds: the connection's own queue orders frames by the time send() was called)
            byLane.forEach(list -> list.forEach(c -> c.send(text)));
            return;
        }
        for (int i = 0; i < lanes.length; i++) {
            List<Connection> list = byLane.get(i);
            if (!list.isEmpty()) {
                try {
                    lanes[i].execute(() -> list.forEach(c -> c.send(text)));
                } catch (RejectedExecutionException shuttingDown) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        for (ExecutorService lane : lanes) {
            try {
                if (!lane.awaitTermination(2, TimeUnit.SECONDS)) {
                    LOG.warn("fan-out lane still busy at shutdown");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
