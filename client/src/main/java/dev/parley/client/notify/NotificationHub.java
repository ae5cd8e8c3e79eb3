package dev.parley.client.notify;

import java.util.function.Consumer;

/**
 * The one entry point the chat uses for notifications (spec A-3): {@link #post} a notification
 * and it goes to the desktop ({@link Notifier}), into the in-app list ({@link NotificationCenter})
 * and, if the user wants, makes a sound ({@link NotificationSound}); a click on either the
 * desktop bubble or the list entry arrives at the one handler of {@link #setOnOpen}, with the
 * entry marked read. Which messages to post (conversation not open, window unfocused, A-4
 * settings) is the caller's decision; so are the unread totals for {@link AttentionIndicators}.
 *
 * <pre>{@code
 * hub.setOnOpen(n -> chat.openAt(n.conversationId(), n.messageId()));
 * hub.post(new Notification(room.id(), message.id(), i18n.get("…", author, room), message.text()));
 * hub.conversationRead(room.id());     // when the user has seen it
 * }</pre>
 *
 * Use from the UI thread; the notifier and the sound do their work on threads of their own.
 */
public final class NotificationHub implements AutoCloseable {
    private final Notifier notifier;
    private final NotificationCenter center;
    private final NotificationSound sound;
    private Consumer<? super Notification> onOpen = n -> { };

    public NotificationHub(Notifier notifier, NotificationCenter center, NotificationSound sound) {
        this.notifier = notifier;
        this.center = center;
        this.sound = sound;
        notifier.setOnActivated(n -> {
            center.activated(n);
            onOpen.accept(n);
        });
        center.setOnActivate(n -> onOpen.accept(n));
    }

    /** Tells the user about a new message: desktop notification, list entry, sound. */
    public void post(Notification notification) {
        center.add(notification);
        notifier.show(notification);
        sound.play();
    }

    /** The user has read {@code conversationId}: its entries become read and its bubble goes. */
    public void conversationRead(long conversationId) {
        center.markConversationRead(conversationId);
        notifier.dismiss(conversationId);
    }

    /** Where a click on a notification (desktop or list) goes. */
    public void setOnOpen(Consumer<? super Notification> handler) {
        onOpen = handler == null ? n -> { } : handler;
    }

    public NotificationCenter center() {
        return center;
    }

    public Notifier notifier() {
        return notifier;
    }

    @Override
    public void close() {
        notifier.close();
        sound.close();
    }
}
