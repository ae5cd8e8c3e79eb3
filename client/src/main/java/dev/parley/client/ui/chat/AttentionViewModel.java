package dev.parley.client.ui.chat;

import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.ListConversations;
import dev.parley.protocol.frame.MarkRead;
import dev.parley.protocol.frame.SetNotify;
import dev.parley.protocol.frame.WatchRooms;
import dev.parley.protocol.model.ConversationState;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's attention across conversations (specs ): per room and private
 * chat the read marker, the unread and mention counts and the notifications switch, as the
 * server keeps them; the totals for the window title, tray and taskbar; which new messages are
 * worth a notification; and marking the open conversation read.
 *
 * <p>Where the numbers come from: {@code conversations} once after login and after each
 * reconnect (the server counts from the read marker, never a whole history), then the client
 * counts the {@code message} pushes of every watched conversation itself; {@code read} and
 * {@code notify} answers, and {@code conversation} pushes from the user's other clients, replace
 * a conversation's state. Pages of history never pass through here, so loading history never
 * notifies and never changes a count. Pushes that arrive before the {@code conversations} answer
 * are overwritten by it for the conversations it names (the server counted them too); a
 * conversation it does not name (created meanwhile) keeps what was counted here.
 *
 * <p>Marking read: the open conversation is marked read {@link #READ_AFTER} after it was
 * opened, while it stays open and the window has focus; leaving earlier or losing focus marks
 * nothing. Time is the injected clock, advanced by {@link #tick()} (the chat's ticker), so tests
 * drive it without sleeping. A message arriving in the open, focused conversation counts as seen
 * and is marked read the same way. What is marked is the newest message the open conversation's
 * list holds (a list scrolled back into the history marks no further than it has loaded).
 *
 * <p>Notifications: a message by someone else notifies when its conversation is not
 * open or the window is unfocused, the conversation's notifications are on, and it is a private
 * message or mentions the user; never for a blocked author. The chat hands each one to the
 * handler of {@link #setOnAlert}; turning it into a desktop bubble is the app's business.
 * Everything runs on the UI thread.
 */
public final class AttentionViewModel {
    /** How long a conversation stays open (with the window focused) before it is marked read. */
    public static final Duration READ_AFTER = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(AttentionViewModel.class);

    /** A new message worth a notification: where, what, and who wrote it (null when anonymous). */
    public record Alert(RoomInfo room, MessageInfo message, UserInfo author) {
    }

    private final ObservableMap<Long, ConversationState> states = FXCollections.observableHashMap();
    /**
     * The one read-only view handed out. It must be a field: the view listens to {@link #states}
     * only weakly, so a view made per call and dropped would silently stop telling its listeners.
     */
    private final ObservableMap<Long, ConversationState> statesView = FXCollections.unmodifiableObservableMap(states);
    private final ReadOnlyIntegerWrapper totalUnread = new ReadOnlyIntegerWrapper(this, "totalUnread");
    private final ReadOnlyBooleanWrapper anyMention = new ReadOnlyBooleanWrapper(this, "anyMention");
    private final ReadOnlyBooleanWrapper windowFocused = new ReadOnlyBooleanWrapper(this, "windowFocused", true);
    private final ChatService service;
    private final TaskExecutor executor;
    private final Clock clock;
    private final long me;
    private final LongFunction<RoomInfo> roomOf;
    private final LongPredicate blocked;
    private Consumer<Alert> onAlert = a -> { };
    private final List<Consumer<Long>> onRead = new ArrayList<>();
    private long open = -1;
    private LongSupplier newestOfOpen = () -> -1;
    /** When the open conversation is to be marked read; null while it is not to be. */
    private Instant readDue;
    /**
     * Messages of conversations the chat did not know yet: the first message of a new private chat
     * may overtake the chat's {@code room} push. Whether they notify is decided when it arrives.
     */
    private final List<Alert> awaitingRoom = new ArrayList<>();
    /** Increases with every conversations load: an older answer arriving late is dropped. */
    private long loads;

    /**
     * @param roomOf  the conversation with that id as the chat knows it, or null
     * @param blocked whether the user blocked that user (their messages never notify)
     */
    public AttentionViewModel(ChatService service, TaskExecutor executor, Clock clock, long me,
                              LongFunction<RoomInfo> roomOf, LongPredicate blocked) {
        this.service = service;
        this.executor = executor;
        this.clock = clock;
        this.me = me;
        this.roomOf = roomOf;
        this.blocked = blocked;
        states.addListener((MapChangeListener<Long, ConversationState>) c -> totals());
    }

    // Properties

    /** Every known conversation's state by room id. */
    public ObservableMap<Long, ConversationState> states() {
        return statesView;
    }

    /** The state of conversation {@code room}: nothing unread and notifications on when unknown. */
    public ConversationState state(long room) {
        ConversationState s = states.get(room);
        return s != null ? s : new ConversationState(room, null, 0, 0, true);
    }

    /** Unread messages over all conversations (each counted up to the server's cap). */
    public ReadOnlyIntegerProperty totalUnreadProperty() {
        return totalUnread.getReadOnlyProperty();
    }

    /** Whether any unread message mentions the user or is a private message. */
    public ReadOnlyBooleanProperty anyMentionProperty() {
        return anyMention.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty windowFocusedProperty() {
        return windowFocused.getReadOnlyProperty();
    }

    /** Receives each new message worth a notification. */
    public void setOnAlert(Consumer<Alert> handler) {
        onAlert = handler == null ? a -> { } : handler;
    }

    /** Called with a room's id whenever it became read (here or on another client of the user's). */
    public void onRead(Consumer<Long> listener) {
        onRead.add(listener);
    }

    // Commands

    /** Asks the server for every conversation's state and watches them all (after login, after a reconnect). */
    public void load(Collection<RoomInfo> rooms) {
        long myLoad = ++loads;
        executor.run(() -> service.request(ListConversations::new), list -> {
            if (myLoad == loads) {
                // Replaces the conversations the answer names and keeps the others: a private chat
                // started while the answer was on its way is not in it, and its first message,
                // already counted here, must not be lost.
                list.conversations().forEach(s -> states.put(s.room(), s));
            }
        }, this::failedQuietly);
        watch(rooms.stream().map(RoomInfo::id).toList());
    }

    /** Follows the pushes of more conversations (a room created or a private chat started meanwhile). */
    public void watch(List<Long> rooms) {
        for (int from = 0; from < rooms.size(); from += Limits.MAX_WATCHED_ROOMS) {
            List<Long> part = List.copyOf(rooms.subList(from, Math.min(rooms.size(), from + Limits.MAX_WATCHED_ROOMS)));
            executor.run(() -> service.request(id -> new WatchRooms(id, part)), done -> { }, this::failedQuietly);
        }
    }

    /**
     * The conversation the user looks at now ({@code -1}: none); {@code newest} gives the id of
     * the newest message its list holds. Starts the {@link #READ_AFTER} wait.
     */
    public void opened(long room, LongSupplier newest) {
        open = room;
        newestOfOpen = newest;
        restartReadWait();
    }

    /** The window gained or lost focus: losing it stops the wait, gaining it starts it again. */
    public void setWindowFocused(boolean focused) {
        if (focused == windowFocused.get()) {
            return;
        }
        windowFocused.set(focused);
        restartReadWait();
    }

    /** Advances time: marks the open conversation read once its wait is over. */
    public void tick() {
        if (readDue != null && !clock.instant().isBefore(readDue)) {
            readDue = null;
            markRead(open, newestOfOpen.getAsLong());
        }
    }

    /** Switches the notifications of conversation {@code room}, stored on the server. */
    public void setNotifications(long room, boolean on) {
        executor.run(() -> service.request(id -> new SetNotify(id, room, on)), this::replace, this::failedQuietly);
    }

    // Events

    /** A {@code message} push (or our own stored message) in any watched conversation. */
    public void posted(MessageInfo message, UserInfo author) {
        long room = message.room();
        ConversationState s = state(room);
        if (message.author() != null && message.author() == me) {
            // Writing in a conversation means having read it; the server moved the marker too.
            states.put(room, new ConversationState(room, Math.max(message.id(), s.lastRead() == null ? 0 : s.lastRead()),
                    0, 0, s.notifications()));
            readDone(room);
            return;
        }
        if (s.lastRead() != null && message.id() <= s.lastRead()) {
            return;
        }
        if (room == open && windowFocused.get()) {
            if (readDue == null) {
                readDue = clock.instant().plus(READ_AFTER);
            }
            return;
        }
        boolean mentionsMe = message.mentions().contains(me);
        states.put(room, new ConversationState(room, s.lastRead(), Math.min(Limits.MAX_UNREAD_COUNT, s.unread() + 1),
                Math.min(Limits.MAX_UNREAD_COUNT, s.mentions() + (mentionsMe ? 1 : 0)), s.notifications()));
        RoomInfo info = roomOf.apply(room);
        if (info == null) {
            if (awaitingRoom.size() < 100) {
                awaitingRoom.add(new Alert(null, message, author));
            }
            return;
        }
        alertIfWanted(info, message, author);
    }

    /** A conversation the chat did not know arrived: its messages that came first may notify now. */
    public void roomAdded(RoomInfo room) {
        List<Alert> waiting = awaitingRoom.stream().filter(a -> a.message().room() == room.id()).toList();
        awaitingRoom.removeAll(waiting);
        waiting.forEach(a -> alertIfWanted(room, a.message(), a.author()));
    }

    private void alertIfWanted(RoomInfo info, MessageInfo message, UserInfo author) {
        ConversationState s = state(info.id());
        boolean mentionsMe = message.mentions().contains(me);
        boolean fromBlocked = message.author() != null && blocked.test(message.author());
        if (s.notifications() && (info.privateChat() || mentionsMe) && !fromBlocked && !Boolean.TRUE.equals(message.deleted())) {
            onAlert.accept(new Alert(info, message, author));
        }
    }

    /** A {@code conversation} push: the user read a conversation or switched its notifications elsewhere. */
    public void changed(ConversationState state) {
        replace(state);
    }

    /** The user can no longer read {@code room} (it vanished after a reconnect): its counts go. */
    public void forget(long room) {
        if (states.remove(room) != null) {
            readDone(room);
        }
    }

    // Inside

    private void markRead(long room, long message) {
        ConversationState s = state(room);
        if (room < 1 || message < 1 || (s.unread() == 0 && s.lastRead() != null && s.lastRead() >= message)) {
            return;
        }
        executor.run(() -> service.request(id -> new MarkRead(id, room, message)), this::replace, this::failedQuietly);
    }

    private void replace(ConversationState state) {
        states.put(state.room(), state);
        if (state.unread() == 0) {
            readDone(state.room());
        }
    }

    private void readDone(long room) {
        onRead.forEach(l -> l.accept(room));
    }

    private void restartReadWait() {
        readDue = open > 0 && windowFocused.get() ? clock.instant().plus(READ_AFTER) : null;
    }

    private void totals() {
        int unread = 0;
        boolean mention = false;
        for (ConversationState s : states.values()) {
            unread += s.unread();
            // the room lookup only for unread conversations without a mention: few, and it is a scan
            mention |= s.mentions() > 0 || (s.unread() > 0 && isPrivate(s.room()));
        }
        totalUnread.set(unread);
        anyMention.set(mention);
    }

    private boolean isPrivate(long room) {
        RoomInfo info = roomOf.apply(room);
        return info != null && info.privateChat();
    }

    private void failedQuietly(Throwable e) {
        LOG.warn("could not update the unread state: {}", e.toString());
    }
}
