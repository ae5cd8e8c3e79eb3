package dev.parley.client.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The bounded window of one room's messages that the list shows, in ascending id order.
 *
 * <p>Rules kept here rather than in a view: messages are deduplicated by id (a push may race
 * with a history page or with our own send's reply); live messages go to their place by id,
 * because the server broadcasts after commit on several threads, so pushes (and our own
 * message, which comes in a reply) arrive out of id order; older pages are prepended. A live
 * message older than the oldest held is dropped only when older history exists (the next page
 * brings it). The window never holds more than {@code capacity} messages: adding past it drops
 * the oldest (which makes older history loadable again), prepending past it drops the newest and
 * marks the window so newer pages are loaded when the user returns to the bottom. A window
 * reset to a page in the middle of the history (a jump to a quoted message, {@code around}) is
 * marked the same way when the page says newer messages exist ({@code hasNewer}); pages of newer
 * messages ({@code after}) are then appended at the end, dropping the oldest past capacity.
 * Mutated on the UI thread only.
 */
public final class MessageWindow {
    private final int capacity;
    private final ObservableList<MessageItem> items = FXCollections.observableArrayList();
    private final Set<Long> ids = new HashSet<>();
    private boolean hasOlder;
    private boolean newestTrimmed;

    public MessageWindow(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public ObservableList<MessageItem> items() {
        return items;
    }

    /** Whether the server has messages older than the first one held. */
    public boolean hasOlder() {
        return hasOlder;
    }

    /**
     * Whether messages newer than the last one held exist on the server: dropped to stay in
     * capacity, or not loaded yet after a jump.
     */
    public boolean newestTrimmed() {
        return newestTrimmed;
    }

    /** The id to page back from, or -1 when empty. */
    public long oldestId() {
        return items.isEmpty() ? -1 : items.get(0).id();
    }

    /** The id to page forward from, or -1 when empty. */
    public long newestId() {
        return items.isEmpty() ? -1 : items.get(items.size() - 1).id();
    }

    /** The message with {@code id} if it is held, else null. */
    public MessageItem find(long id) {
        if (!ids.contains(id)) {
            return null;
        }
        int at = insertionPoint(id);
        return items.get(at);
    }

    /** Replaces everything with a newest page. */
    public void reset(List<MessageItem> newestPage, boolean olderExist) {
        reset(newestPage, olderExist, false);
    }

    /**
     * Replaces everything with a page; {@code newerExist} when messages newer than the page's
     * last one exist (a page {@code around} a message), so live messages wait for newer pages.
     */
    public void reset(List<MessageItem> page0, boolean olderExist, boolean newerExist) {
        List<MessageItem> page = dedupe(page0);
        int drop = Math.max(0, page.size() - capacity);
        ids.clear();
        List<MessageItem> kept = page.subList(drop, page.size());
        kept.forEach(m -> ids.add(m.id()));
        items.setAll(kept);
        hasOlder = olderExist || drop > 0;
        newestTrimmed = newerExist;
    }

    /**
     * Appends a page of messages newer than the newest held ({@code after}); {@code newerExist}
     * when still newer ones exist. Past capacity the oldest are dropped. Returns how many were
     * added.
     */
    public int appendNewer(List<MessageItem> newerPage, boolean newerExist) {
        long newest = newestId();
        List<MessageItem> fresh = new ArrayList<>();
        for (MessageItem m : dedupe(newerPage)) {
            if (m.id() > newest && !ids.contains(m.id())) {
                fresh.add(m);
            }
        }
        newestTrimmed = newerExist;
        if (fresh.isEmpty()) {
            return 0;
        }
        fresh.forEach(m -> ids.add(m.id()));
        items.addAll(fresh);
        int excess = items.size() - capacity;
        if (excess > 0) {
            List<MessageItem> head = items.subList(0, excess);
            head.forEach(m -> ids.remove(m.id()));
            head.clear();
            hasOlder = true;
        }
        return fresh.size();
    }

    /**
     * Adds a live message at its place by id unless it is already held, or it lies outside what
     * the window covers: below the oldest held while older history exists, or above the newest
     * held while the newest end is trimmed (the reload brings it). Returns whether it is held.
     */
    public boolean append(MessageItem message) {
        long id = message.id();
        if (ids.contains(id)) {
            return false;
        }
        if (!items.isEmpty()) {
            if (hasOlder && id < items.get(0).id()) {
                return false;
            }
            if (newestTrimmed && id > items.get(items.size() - 1).id()) {
                return false;
            }
        } else if (newestTrimmed) {
            return false;
        }
        int at = insertionPoint(id);
        ids.add(id);
        items.add(at, message);
        if (items.size() > capacity) {
            ids.remove(items.remove(0).id());
            hasOlder = true;
            return at > 0;
        }
        return true;
    }

    /** The index at which a message with {@code id} (not held) keeps the items in id order. */
    private int insertionPoint(long id) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (items.get(mid).id() < id) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Prepends an older page; returns how many messages were added at the start. */
    public int prepend(List<MessageItem> olderPage, boolean olderExist) {
        long oldest = oldestId();
        List<MessageItem> fresh = new ArrayList<>();
        for (MessageItem m : dedupe(olderPage)) {
            if ((oldest < 0 || m.id() < oldest) && !ids.contains(m.id())) {
                fresh.add(m);
            }
        }
        hasOlder = olderExist;
        if (fresh.isEmpty()) {
            return 0;
        }
        fresh.forEach(m -> ids.add(m.id()));
        items.addAll(0, fresh);
        int excess = items.size() - capacity;
        if (excess > 0) {
            List<MessageItem> tail = items.subList(items.size() - excess, items.size());
            tail.forEach(m -> ids.remove(m.id()));
            tail.clear();
            newestTrimmed = true;
        }
        return fresh.size();
    }

    private static List<MessageItem> dedupe(List<MessageItem> page) {
        Set<Long> seen = new HashSet<>();
        List<MessageItem> out = new ArrayList<>(page.size());
        for (MessageItem m : page) {
            if (seen.add(m.id())) {
                out.add(m);
            }
        }
        out.sort((a, b) -> Long.compare(a.id(), b.id()));
        return out;
    }
}
