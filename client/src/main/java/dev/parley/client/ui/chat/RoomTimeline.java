package dev.parley.client.ui.chat;

import dev.parley.client.model.DayBanners;
import dev.parley.client.model.MessageItem;
import dev.parley.client.model.MessageWindow;
import dev.parley.client.model.UserDirectory;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.OpenRoom;
import dev.parley.protocol.frame.ReactionsChanged;
import dev.parley.protocol.frame.ScoreChanged;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.VoteResult;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The open room's messages: its bounded {@link MessageWindow}, the pages that fill it (the newest
 * on opening, older ones when scrolled to the top, newer ones after a jump when scrolled to the
 * bottom, the page {@code around} a quoted message when a quote is clicked), live messages, and
 * the pushes and replies that change a message in place (edit, delete, vote sum, reactions, the
 * author's profile). Day banners are set on the messages here and roll over at local midnight
 * ({@link #tick()}, with the injected clock and its zone).
 *
 * <p>Races with pages: while a page that replaces the window is on its way (opening, a jump)
 * live messages are held back and added after it, because the server may push a message the page
 * does not hold before the page arrives; the same while newer messages are loading. Changes to
 * messages (pushes and our own replies) that arrive while any page is on its way are applied at
 * once and applied again after the page, since the page may have been read before the change;
 * they set absolute state (a text, a sum, a count), so applying one twice is harmless. One page
 * of older or newer messages loads at a time, and a page is only joined to the end it was asked
 * for, so the window never has a gap. Every room
 * switch, reload and jump starts a new generation: replies to older requests are dropped.
 * Everything runs on the UI thread.
 */
public final class RoomTimeline {
    /** The page a reconnect opens the room with: the most a page may hold, so a larger gap is rarer. */
    static final int CATCH_UP_PAGE = dev.parley.protocol.Limits.MAX_PAGE_SIZE;
    private final MessageWindow window;
    private final ChatService service;
    private final TaskExecutor executor;
    private final UserDirectory users;
    private final long me;
    private final Clock clock;
    private final int pageSize;
    private final ReadOnlyBooleanWrapper loadingOlder = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Jump> jump = new ReadOnlyObjectWrapper<>();

    private long room = -1;
    /** The read marker the open room was opened at: the divider goes above the first message after it; -1 for none. */
    private long unreadAfter = -1;
    private long generation;
    /** A page replacing the window (open, jump) is on its way: new messages wait in {@link #heldBack}. */
    private boolean awaitingPage;
    private boolean loadingNewer;
    private int pagesInFlight;
    private final List<MessageItem> heldBack = new ArrayList<>();
    private final List<Change> replay = new ArrayList<>();
    private long jumps;

    /** A request to show a message: scroll to it and flash it. {@code serial} tells two jumps to one message apart. */
    public record Jump(long message, long serial) {
    }

    private record Change(long message, Consumer<MessageItem> apply) {
    }

    RoomTimeline(ChatService service, TaskExecutor executor, UserDirectory users, long me, Clock clock,
                 int capacity, int pageSize) {
        this.window = new MessageWindow(capacity);
        this.service = service;
        this.executor = executor;
        this.users = users;
        this.me = me;
        this.clock = clock;
        this.pageSize = pageSize;
        this.today.set(LocalDate.now(clock));
        window.items().addListener((ListChangeListener<MessageItem>) c -> banners());
        users.onChange(this::userChanged);
    }

    // Properties

    /** The messages held, oldest first. */
    public ObservableList<MessageItem> items() {
        return window.items();
    }

    public ReadOnlyBooleanProperty loadingOlderProperty() {
        return loadingOlder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
    }

    /** Whether newer messages than the last one held exist (after a jump, or trimmed). */
    public ReadOnlyBooleanProperty hasNewerProperty() {
        return hasNewer.getReadOnlyProperty();
    }

    /** The local date the banners are labelled from; changes at local midnight. */
    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** The last message asked to be shown (a clicked quote), or null. */
    public ReadOnlyObjectProperty<Jump> jumpProperty() {
        return jump.getReadOnlyProperty();
    }

    /** The time zone days are counted in. */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Whether the window holds the newest message (no newer ones wait on the server). */
    public boolean atNewestEnd() {
        return !window.newestTrimmed();
    }

    public MessageItem find(long id) {
        return window.find(id);
    }

    /** Our newest message that can still be edited (not deleted), or null: what Up in the composer edits. */
    public MessageItem lastOwn() {
        List<MessageItem> items = window.items();
        for (int i = items.size() - 1; i >= 0; i--) {
            MessageItem m = items.get(i);
            if (m.mine() && !m.deleted()) {
                return m;
            }
        }
        return null;
    }

    // Loading

    /**
     * Shows {@code newRoom}: with {@code readUpTo} above 0 (spec A-2) the page around that read
     * marker, with the "new messages" divider above the first message by someone else after it
     * and the list scrolled there; with {@code target} above 0 (a clicked notification) the page
     * around that message, scrolled to it; else the newest page. The divider stays until another
     * room is opened. The room opened before stays subscribed (every conversation is watched).
     * {@code failed} hears of a failure of this open only.
     */
    void open(long newRoom, long readUpTo, long target, Consumer<Throwable> failed) {
        long myGeneration = newGeneration();
        room = newRoom;
        unreadAfter = readUpTo;
        window.reset(List.of(), false);
        refreshEnds();
        awaitingPage = true;
        pagesInFlight++;
        Long around = target > 0 ? Long.valueOf(target) : readUpTo > 0 ? Long.valueOf(readUpTo) : null;
        executor.run(() -> around == null ? service.open(newRoom, pageSize)
                : service.request(id -> new OpenRoom(id, newRoom, pageSize, around)), page -> replaced(myGeneration, page, target > 0 ? target : -1), e -> {
            if (myGeneration == generation) {
                awaitingPage = false;
                pagesInFlight = 0;
                heldBack.clear();
                replay.clear();
                room = -1;
                failed.accept(e);
            }
        });
    }

    /**
     * After a reconnect (spec UX-4): opens the room again on the new connection (subscriptions
     * belonged to the old one) and catches up with what was missed, with no gap and no duplicate.
     * The rule: the room is opened with a page of {@link #CATCH_UP_PAGE} messages, the most a page
     * holds. When that newest page reaches back to the newest message held (it holds it or an
     * older one, or it starts at the room's beginning), the gap fits in one page: the missed
     * messages are appended and the messages held that the page also holds are refreshed (edits,
     * deletions, votes while away), so the reader stays where they were. When it does not, more
     * than a page was missed: the window becomes that newest page, and the older part loads on
     * scrolling up as usual, contiguous from there. A window scrolled back into the history
     * (its newest end not held) stays as it is; newer pages load at the bottom as usual. Live
     * messages arriving meanwhile wait for the page, as on opening.
     */
    void catchUp(Consumer<Throwable> failed) {
        if (room < 1) {
            return;
        }
        long forRoom = room;
        boolean readingBack = window.newestTrimmed();
        long newestHeld = window.newestId();
        long myGeneration = newGeneration();
        awaitingPage = true;
        pagesInFlight++;
        executor.run(() -> service.open(forRoom, CATCH_UP_PAGE), page -> {
            if (myGeneration != generation) {
                return;
            }
            awaitingPage = false;
            if (readingBack) {
                heldBack.clear();
            } else if (newestHeld < 1) {
                window.reset(items(page), page.hasMore(), page.newerExist());
            } else if (reachesBack(page, newestHeld)) {
                users.putAll(page.users());
                List<MessageItem> missed = new ArrayList<>();
                for (MessageInfo m : page.messages()) {
                    MessageItem held = window.find(m.id());
                    if (held != null) {
                        held.update(m, false);
                    } else if (m.id() > newestHeld) {
                        missed.add(item(m));
                    }
                }
                window.appendNewer(missed, page.newerExist());
            } else {
                window.reset(items(page), page.hasMore(), page.newerExist());
            }
            releaseHeldBack();
            pageMerged();
        }, e -> {
            if (myGeneration == generation) {
                awaitingPage = false;
                heldBack.clear();
                pageMerged();
                failed.accept(e);
            }
        });
    }

    /** Whether {@code page}, the room's newest, leaves no gap after message {@code newestHeld}. */
    private static boolean reachesBack(HistoryPage page, long newestHeld) {
        return !page.hasMore() || page.messages().isEmpty() || page.messages().get(0).id() <= newestHeld;
    }

    /** The id of the newest message held, or -1 when none (what marking the room read reaches). */
    long newestId() {
        return window.items().isEmpty() ? -1 : window.newestId();
    }

    /** Forgets the room (it was left without closing it on the server, as after a ban). */
    void clear() {
        newGeneration();
        room = -1;
        unreadAfter = -1;
        window.reset(List.of(), false);
        refreshEnds();
    }

    /** Loads the page before the oldest message held; nothing while one is on its way or none is older. */
    void loadOlder(Consumer<Throwable> failed) {
        if (room < 1 || awaitingPage || loadingOlder.get() || loadingNewer || !window.hasOlder() || window.oldestId() < 1) {
            return;
        }
        long before = window.oldestId();
        long forRoom = room;
        long myGeneration = generation;
        loadingOlder.set(true);
        pagesInFlight++;
        executor.run(() -> service.history(forRoom, before, pageSize), page -> {
            if (myGeneration == generation) {
                loadingOlder.set(false);
                if (window.oldestId() == before) {
                    window.prepend(items(page), page.hasMore());
                }
                pageMerged();
            }
        }, e -> {
            if (myGeneration == generation) {
                loadingOlder.set(false);
                pageMerged();
                failed.accept(e);
            }
        });
    }

    /**
     * Called at the bottom of the list: when newer messages exist than the last one held, loads
     * the next page of them ({@code after}). One at a time.
     */
    void reachedNewest(Consumer<Throwable> failed) {
        if (room < 1 || awaitingPage || loadingNewer || loadingOlder.get() || !window.newestTrimmed()) {
            return;
        }
        long after = window.newestId();
        long forRoom = room;
        long myGeneration = generation;
        loadingNewer = true;
        pagesInFlight++;
        executor.run(() -> after < 1 ? service.open(forRoom, pageSize)
                : service.request(id -> new FetchHistory(id, forRoom, null, after, null, pageSize)), page -> {
            if (myGeneration == generation) {
                loadingNewer = false;
                if (after < 1) {
                    window.reset(items(page), page.hasMore(), page.newerExist());
                } else if (window.newestId() == after) {
                    window.appendNewer(items(page), page.newerExist());
                }
                releaseHeldBack();
                pageMerged();
            }
        }, e -> {
            if (myGeneration == generation) {
                loadingNewer = false;
                heldBack.clear();
                pageMerged();
                failed.accept(e);
            }
        });
    }

    /**
     * Shows message {@code id}: scrolls to it when it is held, else replaces the window with the
     * page around it (older and newer pages load on scrolling from there).
     */
    void jumpTo(long id, Consumer<Throwable> failed) {
        if (room < 1) {
            return;
        }
        if (window.find(id) != null) {
            jump.set(new Jump(id, ++jumps));
            return;
        }
        long forRoom = room;
        long myGeneration = newGeneration();
        awaitingPage = true;
        pagesInFlight++;
        executor.run(() -> service.request(r -> new FetchHistory(r, forRoom, null, null, id, pageSize)),
                page -> replaced(myGeneration, page, id), e -> {
                    if (myGeneration == generation) {
                        awaitingPage = false;
                        heldBack.clear();
                        pageMerged();
                        failed.accept(e);
                    }
                });
    }

    // Live changes

    /** A new message: someone's push or our own stored one. */
    void live(MessageInfo message, UserInfo author) {
        if (message.room() != room) {
            return;
        }
        users.put(author);
        MessageItem item = item(message);
        if (awaitingPage || loadingNewer) {
            heldBack.add(item);
        } else {
            window.append(item);
        }
        users.fetchWanted();
    }

    /**
     * Our own message, stored. When the window shows older messages (after a jump) it would not
     * be shown, so the newest page is loaded instead and the list goes to the message, as chat
     * apps do when one writes while reading back.
     */
    void ownSent(MessageInfo message, UserInfo me) {
        if (message.room() != room || !window.newestTrimmed() || awaitingPage) {
            live(message, me);
            return;
        }
        long forRoom = room;
        long myGeneration = newGeneration();
        awaitingPage = true;
        pagesInFlight++;
        heldBack.add(item(message));
        executor.run(() -> service.open(forRoom, pageSize), page -> replaced(myGeneration, page, message.id()), e -> {
            if (myGeneration == generation) {
                awaitingPage = false;
                heldBack.clear();
                pageMerged();
            }
        });
    }

    /** The message as now stored: our own edit or deletion (a reply) or someone's ({@code message_changed}). */
    void changed(MessageInfo message, boolean fromPush) {
        if (message.room() == room) {
            apply(new Change(message.id(), m -> m.update(message, fromPush)));
            users.want(message.mentions());
            users.fetchWanted();
        }
    }

    void score(ScoreChanged push) {
        if (push.room() == room) {
            apply(new Change(push.message(), m -> m.score(push.score(), push.myVote())));
        }
    }

    void voted(VoteResult result) {
        if (result.room() == room) {
            apply(new Change(result.message(), m -> m.score(result.score(), result.myVote())));
        }
    }

    void reactions(ReactionsChanged push) {
        if (push.room() == room) {
            apply(new Change(push.message(), m -> m.reactionChanged(push.emoji(), push.user(), push.on(), push.count())));
            users.want(List.of(push.user()));
            users.fetchWanted();
        }
    }

    /** Our own reaction's result. */
    void reacted(long room, long message, Reaction reaction) {
        if (room == this.room) {
            apply(new Change(message, m -> m.reaction(reaction)));
        }
    }

    /** Rolls the day banners over when the local date has changed. */
    void tick() {
        LocalDate now = LocalDate.now(clock);
        if (!now.equals(today.get())) {
            today.set(now);
            banners();
        }
    }

    // Inside

    private void apply(Change change) {
        MessageItem item = window.find(change.message());
        if (item != null) {
            change.apply().accept(item);
        }
        if (pagesInFlight > 0) {
            replay.add(change);
        }
    }

    /** A page that replaces the window (open, reload, jump) arrived; {@code target} is the message to show, or -1. */
    private void replaced(long myGeneration, HistoryPage page, long target) {
        if (myGeneration != generation) {
            return;
        }
        awaitingPage = false;
        window.reset(items(page), page.hasMore(), page.newerExist());
        releaseHeldBack();
        pageMerged();
        long show = target > 0 ? target : target == -1 && unreadAfter > 0 ? firstUnreadId() : -1;
        if (show > 0) {
            jump.set(new Jump(show, ++jumps));
        }
    }

    /** The id of the message the divider is above, or -1. */
    long firstUnreadId() {
        if (unreadAfter < 1) {
            return -1;
        }
        for (MessageItem m : window.items()) {
            if (m.id() > unreadAfter && !m.mine()) {
                return m.id();
            }
        }
        return -1;
    }

    private void releaseHeldBack() {
        heldBack.forEach(window::append);
        heldBack.clear();
    }

    private void pageMerged() {
        pagesInFlight = Math.max(0, pagesInFlight - 1);
        for (Change c : replay) {
            MessageItem item = window.find(c.message());
            if (item != null) {
                c.apply().accept(item);
            }
        }
        if (pagesInFlight == 0) {
            replay.clear();
        }
        refreshEnds();
        users.fetchWanted();
    }

    private void refreshEnds() {
        hasOlder.set(window.hasOlder());
        hasNewer.set(window.newestTrimmed());
    }

    /** Starts a new generation: replies to older requests are stale. */
    private long newGeneration() {
        loadingOlder.set(false);
        loadingNewer = false;
        awaitingPage = false;
        pagesInFlight = 0;
        heldBack.clear();
        replay.clear();
        return ++generation;
    }

    private List<MessageItem> items(HistoryPage page) {
        users.putAll(page.users());
        return page.messages().stream().map(this::item).toList();
    }

    private MessageItem item(MessageInfo message) {
        UserInfo author = message.author() == null ? null : users.get(message.author());
        if (message.author() != null && author == null) {
            users.want(List.of(message.author()));
        }
        MessageItem item = MessageItem.of(message, author, me);
        users.want(item.referencedUsers());
        return item;
    }

    private void userChanged(UserInfo user) {
        for (MessageItem m : window.items()) {
            if (m.authorId() == user.id()) {
                m.author(user);
            } else if (m.referencedUsers().contains(user.id())) {
                m.touch();
            }
        }
    }

    private void banners() {
        DayBanners.apply(window.items(), today.get(), clock.getZone());
        long divider = firstUnreadId();
        for (MessageItem m : window.items()) {
            m.firstUnread(m.id() == divider);
        }
    }
}
