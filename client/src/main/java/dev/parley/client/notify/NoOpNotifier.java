package dev.parley.client.notify;

import java.util.function.Consumer;

/**
 * The notifier when the desktop offers none (headless, no tray, no notification service): it
 * shows nothing, so the in-app list, the sound and the title count are what remains.
 */
public final class NoOpNotifier implements Notifier {

    @Override
    public void show(Notification notification) {
        // nothing to show it on
    }

    @Override
    public void dismiss(long conversationId) {
        // nothing shown
    }

    @Override
    public void setOnActivated(Consumer<? super Notification> handler) {
        // never clicked
    }

    @Override
    public void close() {
        // nothing held
    }

    @Override
    public String toString() {
        return "no desktop notifications";
    }
}
