package dev.parley.client.net;

import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop {@link Scheduler}: one daemon thread per connection, so a reconnect attempt that
 * blocks (a handshake into a black hole takes up to its timeout) never holds up the UI or the
 * {@link TaskExecutor}'s requests, and never keeps the process alive. Its delays are measured on
 * the monotonic clock, which stands still while the computer sleeps; the supervisor compares
 * them with the wall clock to notice the sleep.
 */
public final class SystemScheduler implements Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger(SystemScheduler.class);
    private static final AtomicInteger THREADS = new AtomicInteger();
    private final ScheduledThreadPoolExecutor pool;

    public SystemScheduler() {
        pool = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "parley-reconnect-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public Task schedule(Duration delay, Runnable task) {
        try {
            var future = pool.schedule(() -> {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    LOG.warn("scheduled connection task failed", e);
                }
            }, Math.max(0, delay.toMillis()), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        } catch (RejectedExecutionException stopped) {
            // the connection was closed meanwhile: nothing more to do for it
            return () -> { };
        }
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
    }
}
