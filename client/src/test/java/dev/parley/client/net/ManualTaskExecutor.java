package dev.parley.client.net;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A {@link TaskExecutor} that queues work until the test says so, for ViewModel tests about
 * requests in flight: {@link #runNext()} does one task and delivers its result, as if its reply
 * had just arrived. UI-thread actions run at once.
 */
public final class ManualTaskExecutor implements TaskExecutor {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
    }

    /** How many tasks wait. */
    public int pending() {
        return queue.size();
    }

    /** Runs the oldest waiting task and delivers its result. */
    public void runNext() {
        queue.remove().run();
    }

    /** Runs tasks (including those they queue) until none wait. */
    public void runAll() {
        while (!queue.isEmpty()) {
            runNext();
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public void shutdown() {
        queue.clear();
    }
}
