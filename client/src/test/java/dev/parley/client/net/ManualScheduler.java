package dev.parley.client.net;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A {@link Scheduler} whose time moves only when the test says: {@link #advance} runs, on the
 * test's thread and in order, every task that falls due, moving the {@link ManualClock} along
 * (the wall clock and the scheduler's own time together, as on a computer that stays awake;
 * advance the clock alone to play a computer that slept). Thread-safe, since connections
 * schedule from the WebSocket container's threads. {@link #shutdown()} does nothing, so one
 * scheduler can serve every connection an application makes in a test.
 */
public final class ManualScheduler implements Scheduler {
    private final ManualClock clock;
    private final List<Entry> tasks = new ArrayList<>();
    private long now;
    private long sequence;

    private static final class Entry implements Task {
        final long due;
        final long order;
        final Runnable task;
        volatile boolean cancelled;

        Entry(long due, long order, Runnable task) {
            this.due = due;
            this.order = order;
            this.task = task;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    public ManualScheduler(ManualClock clock) {
        this.clock = clock;
    }

    public ManualClock clock() {
        return clock;
    }

    @Override
    public synchronized Task schedule(Duration delay, Runnable task) {
        Entry e = new Entry(now + Math.max(0, delay.toMillis()), sequence++, task);
        tasks.add(e);
        return e;
    }

    @Override
    public void shutdown() {
    }

    /** The delays from now of the tasks waiting (not cancelled), soonest first. */
    public synchronized List<Duration> waiting() {
        return tasks.stream().filter(e -> !e.cancelled).sorted(Comparator.comparingLong((Entry e) -> e.due))
                .map(e -> Duration.ofMillis(e.due - now)).toList();
    }

    /** Runs what is due now (tasks scheduled with no delay). */
    public void runDue() {
        advance(Duration.ZERO);
    }

    /** Moves time forward by {@code by}, running each task when its time comes. */
    public void advance(Duration by) {
        long target;
        synchronized (this) {
            target = now + by.toMillis();
        }
        while (true) {
            Entry next;
            synchronized (this) {
                tasks.removeIf(e -> e.cancelled);
                next = tasks.stream().filter(e -> e.due <= target)
                        .min(Comparator.comparingLong((Entry e) -> e.due).thenComparingLong(e -> e.order)).orElse(null);
                long to = next == null ? target : next.due;
                clock.advance(Duration.ofMillis(to - now));
                now = to;
                if (next == null) {
                    return;
                }
                tasks.remove(next);
            }
            next.task.run();
        }
    }
}
