package dev.parley.server.transport;

import java.util.ArrayList;
import java.util.List;
import dev.parley.server.storage.BlockingExecutors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that hand every outgoing frame — replies and broadcasts — to connections. Each
 * connection belongs to one lane (its id modulo the lane count), and each lane is one thread,
 * so all frames for one connection keep the order in which they were handed over (a push
 * never overtakes an earlier push or reply), while different connections are served in
 * parallel. Lane queues are bounded: a producer waits when its lane is full, which slows the
 * group-commit acknowledgements and, behind them, makes new writes refused — overload sheds
 * load instead of growing the heap.
 *
 * <p>Why: handing a frame to a socket costs a frame encode and a write system call per
 * recipient; at 60,000 deliveries a second a single thread was the bottleneck (measured with
 * {@code parley bench fanout}: one thread saturated while the rest of the server idled).
 */
final class FanOutLanes implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FanOutLanes.class);
    /** Tasks waiting per lane before producers wait. */
    static final int LANE_CAPACITY = 4_096;

    private final ExecutorService[] lanes;

    FanOutLanes(int count) {
        lanes = new ExecutorService[Math.max(1, count)];
        for (int i = 0; i < lanes.length; i++) {
            int n = i;
            lanes[i] = BlockingExecutors.single("parley-lane-" + n, LANE_CAPACITY);
        }
    }

    /** Queues {@code text} to every recipient except {@code exclude}, in parallel across lanes. */
    void send(Iterable<Connection> recipients, String text, Connection exclude) {
        List<List<Connection>> byLane = new ArrayList<>(lanes.length);
        for (int i = 0; i < lanes.length; i++) {
            byLane.add(new ArrayList<>());
        }
        for (Connection c : recipients) {
            if (c != exclude) {
                byLane.get(lane(c)).add(c);
            }
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

    /** Queues one frame (a reply) to one connection, behind whatever its lane already holds. */
    void sendTo(Connection connection, String text) {
        try {
            lanes[lane(connection)].execute(() -> connection.send(text));
        } catch (RejectedExecutionException shuttingDown) {
            // the server is stopping; the connection is being closed anyway
        }
    }

    private int lane(Connection c) {
        return (int) (c.id() % lanes.length);
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
