package dev.parley.client.ui.admin;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What every admin and personal page shares: the service, the executor every server call goes
 * through, a "busy" flag while a request is out and the translated error of the last failed one.
 * A new request clears the previous error, so a stale message never sits next to fresh data.
 */
public abstract class AdminPageViewModel {
    protected final ChatService service;
    private final TaskExecutor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<UiText> error = new SimpleObjectProperty<>();
    private int running;

    protected AdminPageViewModel(ChatService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    // Properties

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The last failure, translated; null when the last request went well. */
    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error;
    }

    // Helpers for subclasses

    /** Runs {@code work} off the UI thread; {@code done} gets its result on the UI thread. */
    protected <T> void call(Callable<T> work, Consumer<T> done) {
        call(work, done, () -> { });
    }

    /** As {@link #call(Callable, Consumer)}, with {@code failed} run after a failure is shown. */
    protected <T> void call(Callable<T> work, Consumer<T> done, Runnable failed) {
        running++;
        busy.set(true);
        error.set(null);
        executor.run(work, result -> {
            finished();
            done.accept(result);
        }, failure -> {
            finished();
            error.set(ErrorTexts.of(failure, false));
            failed.run();
        });
    }

    /** Shows a problem found before asking the server (an empty field, a bad number). */
    protected void fail(UiText text) {
        error.set(text);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    /** {@code text} trimmed, or null when it is blank. */
    protected static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
