package dev.parley.client.media;

import dev.parley.client.net.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media layer's own background threads, as a {@link TaskExecutor}: results come back through
 * the app's executor to the UI thread. Pictures get threads of their own because the app's
 * executor has one thread that keeps the chat's requests in order; a 5 MB upload or fifty
 * thumbnails decoding must not hold up opening a room. Daemon threads, so they never keep the
 * process alive.
 */
final class MediaExecutor implements TaskExecutor, Executor {
    private static final Logger LOG = LoggerFactory.getLogger(MediaExecutor.class);
    private final Executor pool;
    private final ExecutorService owned;
    private final TaskExecutor ui;

    /** A pool of {@code threads} daemon threads; {@code ui} brings results to the UI thread. */
    static MediaExecutor pooled(int threads, TaskExecutor ui) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "parley-media-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        // idle threads end, so a session that was left without close() leaves none behind
        pool.allowCoreThreadTimeOut(true);
        return new MediaExecutor(pool, pool, ui);
    }

    /** Background work on {@code pool} (tests pass {@code Runnable::run}). */
    MediaExecutor(Executor pool, TaskExecutor ui) {
        this(pool, null, ui);
    }

    private MediaExecutor(Executor pool, ExecutorService owned, TaskExecutor ui) {
        this.pool = pool;
        this.owned = owned;
        this.ui = ui;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        execute(() -> {
            try {
                T result = work.call();
                ui.onUiThread(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                LOG.debug("media task failed", e);
                ui.onUiThread(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void execute(Runnable command) {
        if (owned != null && owned.isShutdown()) {
            LOG.debug("media task after shutdown ignored");
            return;
        }
        pool.execute(command);
    }

    @Override
    public void onUiThread(Runnable action) {
        ui.onUiThread(action);
    }

    @Override
    public void shutdown() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
