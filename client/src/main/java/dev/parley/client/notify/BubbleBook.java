package dev.parley.client.notify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which bubbles a notification server shows for us: one per conversation (a new message
 * replaces its conversation's bubble, so a busy room does not leave a hundred), at most
 * {@code capacity} conversations (the oldest bubble is withdrawn to make room), and the server's
 * id of each so a click ({@code ActionInvoked}) finds its notification again. Thread-safe: the
 * notifier writes from its own thread, the bus's signal thread reads and forgets.
 */
final class BubbleBook {
    private final int capacity;
    /** Conversation → server id, oldest first (re-inserted on every replacement). */
    private final LinkedHashMap<Long, Long> idByConversation = new LinkedHashMap<>();
    private final Map<Long, Notification> byId = new HashMap<>();

    BubbleBook(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** The id to replace for a new notification of {@code conversationId}, or 0 for a new bubble. */
    synchronized long replacesIdFor(long conversationId) {
        return idByConversation.getOrDefault(conversationId, 0L);
    }

    /**
     * Records that the server shows {@code notification} as {@code id}; returns the ids of the
     * oldest bubbles that are now over capacity, which the caller closes (already forgotten here).
     */
    synchronized List<Long> shown(long id, Notification notification) {
        Long old = idByConversation.remove(notification.conversationId());
        if (old != null) {
            byId.remove(old);
        }
        idByConversation.put(notification.conversationId(), id);
        byId.put(id, notification);
        List<Long> overflow = new ArrayList<>();
        Iterator<Map.Entry<Long, Long>> oldest = idByConversation.entrySet().iterator();
        while (idByConversation.size() > capacity && oldest.hasNext()) {
            long gone = oldest.next().getValue();
            oldest.remove();
            byId.remove(gone);
            overflow.add(gone);
        }
        return overflow;
    }

    /** The notification the server shows as {@code id}, or null when it is not ours or gone. */
    synchronized Notification forId(long id) {
        return byId.get(id);
    }

    /** The server closed bubble {@code id}: forget it (an id already replaced is ignored). */
    synchronized void closed(long id) {
        Notification n = byId.remove(id);
        if (n != null) {
            idByConversation.remove(n.conversationId(), id);
        }
    }

    /** Forgets the bubble of {@code conversationId}; returns its id, or 0 when there was none. */
    synchronized long remove(long conversationId) {
        Long id = idByConversation.remove(conversationId);
        if (id == null) {
            return 0;
        }
        byId.remove(id);
        return id;
    }

    synchronized int size() {
        return idByConversation.size();
    }
}
