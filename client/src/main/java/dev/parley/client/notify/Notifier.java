package dev.parley.client.notify;

import java.util.function.Consumer;

/**
 * The one way the client shows a native desktop notification (spec A-3), whatever the desktop:
 * {@link DBusNotifier} on Linux, {@link TrayNotifier} on Windows and macOS (and Linux without a
 * notification service), {@link NoOpNotifier} where there is neither. {@link Notifiers} picks
 * one. Deciding which messages notify is the caller's business; a notifier shows what it gets.
 *
 * <p>Calls come from the UI thread and return at once: a notifier does its I/O on its own
 * thread. A click on a notification comes back to the handler set with {@link #setOnActivated},
 * on the UI thread (through the {@code TaskExecutor} seam), carrying the notification that was
 * clicked, so the caller can open that conversation at that message.
 */
public interface Notifier extends AutoCloseable {

    /** Shows {@code notification}, replacing an older bubble of the same conversation where the desktop allows. */
    void show(Notification notification);

    /** Withdraws what is still shown for a conversation (the user has read it). */
    void dismiss(long conversationId);

    /** Where clicks go; replaces the previous handler. Called on the UI thread. */
    void setOnActivated(Consumer<? super Notification> handler);

    /** Stops listening and frees the connection; later calls do nothing. */
    @Override
    void close();
}
