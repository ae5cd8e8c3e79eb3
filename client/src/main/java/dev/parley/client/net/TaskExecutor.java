package dev.parley.client.net;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam through which the client does blocking work (network, disk) and comes back to
 * the UI thread. ViewModels receive it in their constructor: the desktop uses
 * {@link FxTaskExecutor} (a background pool plus {@code Platform.runLater}); unit tests use
 * {@link SameThreadTaskExecutor}, so they run without a JavaFX toolkit and without waiting.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} off the UI thread, then {@code onSuccess} or {@code onFailure} on the UI
     * thread.
     */
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (later, or now in tests). */
    void onUiThread(Runnable action);

    /** Stops accepting work; running tasks may finish. */
    void shutdown();
}
