package dev.parley.client.notify;

import java.util.function.Consumer;

/**
 * Notifications as balloon messages of the tray icon ({@code TrayIcon.displayMessage}): the
 * native way on Windows (a toast) and macOS (Notification Center), and the fallback on a Linux
 * desktop with a tray but no notification service. AWT tells no more than "the icon or its
 * balloon was clicked", so a click opens the last notification shown; {@link #dismiss} forgets
 * it when that conversation has been read (a shown balloon cannot be withdrawn).
 */
public final class TrayNotifier implements Notifier {
    private final TrayBalloons tray;
    private final Runnable clickListener = this::clicked;
    private volatile Notification last;
    private volatile Consumer<? super Notification> onActivated = n -> { };

    public TrayNotifier(TrayBalloons tray) {
        this.tray = tray;
        tray.addClickListener(clickListener);
    }

    @Override
    public void show(Notification notification) {
        last = notification;
        tray.displayMessage(notification.summary(), notification.body());
    }

    @Override
    public void dismiss(long conversationId) {
        Notification shown = last;
        if (shown != null && shown.conversationId() == conversationId) {
            last = null;
        }
    }

    @Override
    public void setOnActivated(Consumer<? super Notification> handler) {
        onActivated = handler == null ? n -> { } : handler;
    }

    private void clicked() {
        Notification shown = last;
        if (shown != null) {
            onActivated.accept(shown);
        }
    }

    /** Stops listening to the tray; the icon itself stays (the attention badge uses it too). */
    @Override
    public void close() {
        tray.removeClickListener(clickListener);
        last = null;
    }

    @Override
    public String toString() {
        return "tray notifications";
    }
}
