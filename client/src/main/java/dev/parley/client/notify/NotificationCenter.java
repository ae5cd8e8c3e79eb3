package dev.parley.client.notify;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The in-app notification list behind the menu bar's bell (spec A-3): the last {@code capacity}
 * notifications, newest first, each read or unread, and the count of unread ones for the badge.
 * {@link #activate} is a click on an entry: it marks the entry read and hands the notification
 * to the handler set with {@link #setOnActivate}, which opens that conversation at that message.
 * A notification for a message already listed (an edit) replaces its entry and moves it to the
 * top, unread again.
 *
 * <p>Plain model, no scene graph: the list is observable for a view. Use from the UI thread only.
 */
public final class NotificationCenter {
    /** How many notifications the list keeps by default. */
    public static final int DEFAULT_CAPACITY = 50;

    private final Clock clock;
    private final int capacity;
    private final ObservableList<NotificationEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<NotificationEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper(this, "unread");
    private long sequence;
    private Consumer<? super Notification> onActivate = n -> { };

    public NotificationCenter(Clock clock) {
        this(clock, DEFAULT_CAPACITY);
    }

    public NotificationCenter(Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.clock = clock;
        this.capacity = capacity;
    }

    /** Adds {@code notification} at the top, unread; the oldest entry goes when the list is full. */
    public NotificationEntry add(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        entries.removeIf(e -> e.notification().sameMessage(notification));
        NotificationEntry entry = new NotificationEntry(++sequence, notification, clock.instant(), false);
        entries.add(0, entry);
        if (entries.size() > capacity) {
            entries.remove(capacity, entries.size());
        }
        recount();
        return entry;
    }

    /** A click on {@code entry}: marks it read and asks the handler to open its message. */
    public void activate(NotificationEntry entry) {
        markRead(e -> e.sequence() == entry.sequence());
        onActivate.accept(entry.notification());
    }

    /** A click on a native notification: its entry (if still listed) becomes read; nothing is opened here. */
    public void activated(Notification notification) {
        markRead(e -> e.notification().sameMessage(notification));
    }

    /** The user has read a conversation: its entries become read. */
    public void markConversationRead(long conversationId) {
        markRead(e -> e.notification().conversationId() == conversationId);
    }

    public void markAllRead() {
        markRead(e -> true);
    }

    /** Empties the list. */
    public void clear() {
        entries.clear();
        recount();
    }

    /** Where clicks on entries go (opening the conversation at the message). */
    public void setOnActivate(Consumer<? super Notification> handler) {
        onActivate = handler == null ? n -> { } : handler;
    }

    /** The entries, newest first (read-only; change them through this class). */
    public ObservableList<NotificationEntry> entries() {
        return readOnlyEntries;
    }

    public ReadOnlyIntegerProperty unreadCountProperty() {
        return unread.getReadOnlyProperty();
    }

    private void markRead(Predicate<NotificationEntry> which) {
        for (int i = 0; i < entries.size(); i++) {
            NotificationEntry e = entries.get(i);
            if (!e.read() && which.test(e)) {
                entries.set(i, e.asRead());
            }
        }
        recount();
    }

    private void recount() {
        unread.set((int) entries.stream().filter(e -> !e.read()).count());
    }
}
