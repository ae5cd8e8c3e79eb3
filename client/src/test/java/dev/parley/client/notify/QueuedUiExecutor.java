package dev.parley.client.notify;

import dev.parley.client.net.TaskExecutor;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A {@link TaskExecutor} whose UI thread is the test: actions handed to {@link #onUiThread}
 * from other threads (a D-Bus signal, the AWT thread) wait until the test runs them with {@link
 * #runNext}, which proves they went through the seam instead of calling the handler directly.
 * Background work runs at once on the calling thread.
 */
final class QueuedUiExecutor implements TaskExecutor {
    private final BlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        ui.add(action);
    }

    /** Runs the next UI action, waiting up to {@code timeout} for one; fails when none comes. */
    void runNext(Duration timeout) throws InterruptedException {
        Runnable action = ui.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (action == null) {
            throw new AssertionError("nothing reached the UI thread within " + timeout);
        }
        action.run();
    }

    /** How many UI actions wait. */
    int pending() {
        return ui.size();
    }

    @Override
    public void shutdown() {
        ui.clear();
    }
}
