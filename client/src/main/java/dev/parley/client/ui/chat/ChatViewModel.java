package dev.parley.client.ui.chat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.model.ConnectionState;
import dev.parley.client.model.MessageItem;
import dev.parley.client.model.MessageWindow;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.HostedChat;
import dev.parley.client.net.Hosting;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main chat window's state: the room list, the open room, its bounded message window,
 * paging back through history, live messages and the connection state.
 *
 * <p>Only one room is subscribed at a time: switching rooms closes the old one on the server
 * and opens the new one, so pushes only ever concern the open room. Replies that arrive after
 * the user has moved to another room are dropped. While a newest page is on its way (opening a
 * room, or reloading after the newest end was trimmed) live messages for the room are held
 * back and added after the page, because the server may push a message that the page does
 * not contain before the page arrives. One reload at a time; a failed open leaves no room open
 * (the user picks it again to retry). All state changes happen on the UI thread (results and
 * pushes come through the {@link TaskExecutor} and the {@link ChatService} listener).
 */
public final class ChatViewModel implements ChatService.Listener {
    /** Messages per page: the protocol default, enough to fill a tall window in one request. */
    public static final int PAGE_SIZE = 50;
    /** Most messages held for the open room (ARCHITECTURE: a bounded window per room). */
    public static final int WINDOW_CAPACITY = 1000;
    /** Shown on the login screen after the server ended this session (logout or password change elsewhere). */
    public static final String SESSION_ENDED = "login.notice.session_ended";

    // Properties
    private final ObservableList<RoomInfo> rooms = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RoomInfo> currentRoom = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ConnectionState> connection = new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTED);
    private final ReadOnlyBooleanWrapper loadingOlder = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<UiText> error = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper shareAddress = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper stoppingHost = new ReadOnlyBooleanWrapper(false);

    private final MessageWindow window = new MessageWindow(WINDOW_CAPACITY);
    private final ChatService service;
    private final TaskExecutor executor;
    private final UserInfo me;
    private final Hosting hosting;
    private final Consumer<UiText> onLeave;
    private final ComposerViewModel composer;
    /** Bumped on every room switch and newest-page reload; replies carrying an older number are stale. */
    private long generation;
    /** A newest page (open or reload) is on its way; live messages wait in {@link #heldBack}. */
    private boolean awaitingNewest;
    private final List<MessageItem> heldBack = new ArrayList<>();

    /**
     * @param hosting the chat server this client may host (its address is shown, with a stop
     *                command, while it runs), or null when this client cannot host
     * @param onLeave called once the connection is closed, with a notice for the login screen
     *                (why the user was signed out) or null
     */
    public ChatViewModel(ChatService service, TaskExecutor executor, UserInfo me, Hosting hosting, Consumer<UiText> onLeave) {
        this.service = service;
        this.executor = executor;
        this.me = me;
        this.hosting = hosting;
        this.onLeave = onLeave;
        HostedChat hosted = hosting == null ? null : hosting.current();
        this.shareAddress.set(hosted == null ? null : hosted.shareAddress());
        this.composer = new ComposerViewModel(service, executor, this::currentRoomId, this::ownMessageStored);
        composer.availableProperty().bind(currentRoom.isNotNull().and(connection.isEqualTo(ConnectionState.CONNECTED)));
        service.setListener(this);
    }

    public ObservableList<RoomInfo> rooms() {
        return rooms;
    }

    /** The open room's messages, oldest first. */
    public ObservableList<MessageItem> messages() {
        return window.items();
    }

    public ReadOnlyObjectProperty<RoomInfo> currentRoomProperty() {
        return currentRoom.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingOlderProperty() {
        return loadingOlder.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return hasOlder.getReadOnlyProperty();
    }

    /** The last failure in the chat, as a translatable text, or null. */
    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error;
    }

    /** Set when this client hosts the chat: the address teammates connect to. */
    public ReadOnlyStringProperty shareAddressProperty() {
        return shareAddress.getReadOnlyProperty();
    }

    /** True while {@link #stopHosting()} is closing the connection and the server. */
    public ReadOnlyBooleanProperty stoppingHostProperty() {
        return stoppingHost.getReadOnlyProperty();
    }

    public UserInfo me() {
        return me;
    }

    public ComposerViewModel composer() {
        return composer;
    }

    // Commands

    /** Loads the room list and opens the first room. */
    public void start() {
        executor.run(service::rooms, list -> {
            rooms.setAll(list);
            if (!list.isEmpty() && currentRoom.get() == null) {
                openRoom(list.get(0));
            }
        }, this::failed);
    }

    /** Opens {@code room} (closing the previous one on the server) and shows its newest page. */
    public void openRoom(RoomInfo room) {
        if (room == null || (currentRoom.get() != null && currentRoom.get().id() == room.id())) {
            return;
        }
        RoomInfo previous = currentRoom.get();
        long myGeneration = newGeneration();
        currentRoom.set(room);
        window.reset(List.of(), false);
        hasOlder.set(false);
        error.set(null);
        awaitingNewest = true;
        executor.run(() -> {
            if (previous != null) {
                service.closeRoom(previous.id());
            }
            return service.open(room.id(), PAGE_SIZE);
        }, page -> newestPageArrived(myGeneration, page), e -> {
            if (myGeneration == generation) {
                // The previous room is already closed on the server: none stays open, and
                // choosing the room again retries.
                awaitingNewest = false;
                heldBack.clear();
                currentRoom.set(null);
                failed(e);
            }
        });
    }

    /**
     * Loads the page before the oldest message held and prepends it. Does nothing while a page
     * is loading or when there is nothing older.
     */
    public void loadOlder() {
        RoomInfo room = currentRoom.get();
        if (room == null || awaitingNewest || loadingOlder.get() || !window.hasOlder() || window.oldestId() < 1) {
            return;
        }
        long before = window.oldestId();
        long myGeneration = generation;
        loadingOlder.set(true);
        executor.run(() -> service.history(room.id(), before, PAGE_SIZE), page -> {
            if (myGeneration == generation) {
                window.prepend(items(page), page.hasMore());
                hasOlder.set(window.hasOlder());
                loadingOlder.set(false);
            }
        }, e -> {
            if (myGeneration == generation) {
                loadingOlder.set(false);
                failed(e);
            }
        });
    }

    /**
     * Called when the user reaches the bottom of the list: if newer messages were dropped to
     * keep the window bounded, reloads the newest page. Does nothing while a newest page is
     * already on its way (the list asks on every scroll event at the bottom).
     */
    public void reachedNewest() {
        RoomInfo room = currentRoom.get();
        if (room == null || awaitingNewest || !window.newestTrimmed()) {
            return;
        }
        long myGeneration = newGeneration();
        awaitingNewest = true;
        executor.run(() -> service.open(room.id(), PAGE_SIZE), page -> newestPageArrived(myGeneration, page), e -> {
            if (myGeneration == generation) {
                // The window stays as it was (still trimmed): reaching the bottom again retries.
                awaitingNewest = false;
                heldBack.clear();
                failed(e);
            }
        });
    }

    /** Closes the connection and goes back to the login screen. */
    public void leave() {
        close(null, () -> { });
    }

    /**
     * Stops hosting: closes the connection, stops the embedded server (teammates are
     * disconnected) and goes back to the login screen.
     */
    public void stopHosting() {
        if (hosting == null || stoppingHost.get()) {
            return;
        }
        stoppingHost.set(true);
        close(null, hosting::stop);
    }

    // Events from the server (UI thread)

    @Override
    public void messagePosted(MessageInfo message, UserInfo author) {
        if (message.room() == currentRoomId()) {
            live(MessageItem.of(message, author));
        }
    }

    @Override
    public void disconnected() {
        connection.set(ConnectionState.DISCONNECTED);
        error.set(UiText.of(ErrorTexts.CONNECTION_LOST));
    }

    @Override
    public void sessionEnded() {
        connection.set(ConnectionState.DISCONNECTED);
        close(UiText.of(SESSION_ENDED), () -> { });
    }

    private void ownMessageStored(MessageInfo stored) {
        // The user may have switched rooms while the send was in flight.
        if (stored.room() == currentRoomId()) {
            live(MessageItem.of(stored, me));
        }
    }

    private void live(MessageItem message) {
        if (awaitingNewest) {
            heldBack.add(message);
        } else {
            window.append(message);
        }
    }

    private void newestPageArrived(long myGeneration, HistoryPage page) {
        if (myGeneration != generation) {
            return;
        }
        awaitingNewest = false;
        window.reset(items(page), page.hasMore());
        heldBack.forEach(window::append);
        heldBack.clear();
        hasOlder.set(window.hasOlder());
    }

    /** Starts a new generation: replies to older requests, including an older page, are stale. */
    private long newGeneration() {
        loadingOlder.set(false);
        heldBack.clear();
        return ++generation;
    }

    /** Closes the connection, runs {@code alsoOffUiThread}, then hands {@code notice} to onLeave. */
    private void close(UiText notice, Runnable alsoOffUiThread) {
        service.setListener(null);
        executor.run(() -> {
            try {
                service.close();
            } finally {
                alsoOffUiThread.run();
            }
            return Boolean.TRUE;
        }, done -> onLeave.accept(notice), e -> onLeave.accept(notice));
    }

    private long currentRoomId() {
        RoomInfo room = currentRoom.get();
        return room == null ? -1 : room.id();
    }

    private void failed(Throwable e) {
        error.set(ErrorTexts.of(e, false));
    }

    private static List<MessageItem> items(HistoryPage page) {
        Map<Long, UserInfo> users = new HashMap<>();
        page.users().forEach(u -> users.put(u.id(), u));
        return page.messages().stream().map(m -> MessageItem.of(m, users.get(m.author()))).toList();
    }
}
