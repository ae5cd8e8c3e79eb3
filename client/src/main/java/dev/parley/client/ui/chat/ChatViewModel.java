package dev.parley.client.ui.chat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.model.ConnectionState;
import dev.parley.client.model.MessageItem;
import dev.parley.client.model.PendingMessage;
import dev.parley.client.model.Presence;
import dev.parley.client.model.UserDirectory;
import dev.parley.client.model.RoomPermissions;
import dev.parley.client.model.Standing;
import dev.parley.client.model.UserAction;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.HostedChat;
import dev.parley.client.net.Hosting;
import dev.parley.client.net.Outbox;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.BlockUser;
import dev.parley.protocol.frame.Demote;
import dev.parley.protocol.frame.GuestLogin;
import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.ReactionsChanged;
import dev.parley.protocol.frame.ScoreChanged;
import dev.parley.protocol.frame.ListAdmins;
import dev.parley.protocol.frame.ListBlocks;
import dev.parley.protocol.frame.MyRestrictions;
import dev.parley.protocol.frame.SetRole;
import dev.parley.protocol.frame.StartPrivate;
import dev.parley.protocol.frame.UnblockUser;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main chat window's state: the room list, the open room and the connection state; the
 * open room's messages ({@link RoomTimeline}: pages, live messages, pushes that change a message
 * in place, day banners), what the user does to a message ({@link MessageActions}), the composer,
 * {@code @} completion, the member panel and the users known ({@link UserDirectory}, kept current
 * by {@code user} pushes); and the moderation side (docs/moderation.md): the user's role and
 * standing in the open room, what the user may do to whom, the user's own bans and mutes, the
 * personal block list, rooms changing live.
 *
 * <p>Every conversation is watched (for unread counts and notifications, {@link AttentionViewModel});
 * switching rooms opens the new one without closing the old, and the timeline ignores pushes
 * about rooms other than the open one. Replies that arrive after
 * the user has moved to another room are dropped; a failed open leaves no room open (the user
 * picks it again to retry). All state changes happen on the UI thread (results and pushes come
 * through the {@link TaskExecutor} and the {@link ChatService} listener).
 *
 * <p>Restrictions: the user's active ones are loaded at start and kept by the {@code restriction}
 * push. A ban from the open room (or from every room) leaves the room at once with a notice; a
 * mute or a closed room locks the composer. The server does not announce a restriction running
 * out, so {@link #tick()} (called every second by the view, with the injected clock) drops the
 * ones that ended.
 *
 * <p>Reconnecting (spec UX-4): the {@link ChatService} reconnects by itself after a loss; the
 * chat shows it ({@link ConnectionViewModel}), keeps the composer open (messages wait in the
 * {@link Outbox}, shown pending) and, once back, catches up ({@link #reconnected}).
 */
public final class ChatViewModel implements ChatService.Listener {
    /** Messages per page: the protocol default, enough to fill a tall window in one request. */
    public static final int PAGE_SIZE = 50;
    /** Most messages held for the open room (ARCHITECTURE: a bounded window per room). */
    public static final int WINDOW_CAPACITY = 1000;
    /** Shown on the login screen after the server ended this session (logout or password change elsewhere). */
    public static final String SESSION_ENDED = "login.notice.session_ended";
    /** Shown on the login screen when the server refused to resume the session after a lost connection. */
    public static final String SESSION_EXPIRED = "login.notice.session_expired";
    private static final Logger LOG = LoggerFactory.getLogger(ChatViewModel.class);

    // Properties
    private final ObservableList<RoomInfo> rooms = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RoomInfo> currentRoom = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<UiText> error = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper shareAddress = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper stoppingHost = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Role> role = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RoomPermissions> permissions = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canCreateRoom = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> notice = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper noticeReason = new ReadOnlyStringWrapper();
    private final ObservableList<Restriction> restrictions = FXCollections.observableArrayList();
    private final ObservableSet<Long> blocked = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<Long> expanded = FXCollections.observableSet(new HashSet<>());

    private final UserDirectory users;
    private final RoomTimeline timeline;
    private final MessageActions actions;
    private final MentionCompletionViewModel mentions;
    private final MembersViewModel members;
    private final AttentionViewModel attention;
    private final Presence presence;
    private final ReadOnlyObjectWrapper<UserInfo> self = new ReadOnlyObjectWrapper<>();
    private final ChatService service;
    private final TaskExecutor executor;
    private final UserInfo me;
    private final Hosting hosting;
    private final Consumer<UiText> onLeave;
    private final Clock clock;
    private final ComposerViewModel composer;
    private final ConnectionViewModel connection;
    private final Outbox outbox;
    private final FilteredList<PendingMessage> pending;
    private final List<Runnable> reconnectHooks = new ArrayList<>();
    /** The room whose opening the lost connection cut off, opened once it is back; null when none. */
    private RoomInfo cutOff;
    /** Admins and the superuser, known only to admins (ListAdmins is theirs): targets who outrank room roles. */
    private final Set<Long> admins = new HashSet<>();
    /** The restriction the notice tells about, so lifting it clears the notice; -1 when none. */
    private long noticeRestriction = -1;

    /** A plain user's chat on the system clock. */
    public ChatViewModel(ChatService service, TaskExecutor executor, UserInfo me, Hosting hosting, Consumer<UiText> onLeave) {
        this(service, executor, me, Role.USER, hosting, onLeave, Clock.systemUTC());
    }

    /**
     * @param role    the site role the login answered with
     * @param hosting the chat server this client may host (its address is shown, with a stop
     *                command, while it runs), or null when this client cannot host
     * @param onLeave called once the connection is closed, with a notice for the login screen
     *                (why the user was signed out) or null
     * @param clock   the time restrictions and the slowmode countdown are measured in
     */
    public ChatViewModel(ChatService service, TaskExecutor executor, UserInfo me, Role role, Hosting hosting,
                         Consumer<UiText> onLeave, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.me = me;
        this.hosting = hosting;
        this.onLeave = onLeave;
        this.clock = clock;
        this.role.set(role == null ? Role.USER : role);
        HostedChat hosted = hosting == null ? null : hosting.current();
        this.shareAddress.set(hosted == null ? null : hosted.shareAddress());
        this.connection = new ConnectionViewModel(service, clock);
        this.outbox = new Outbox(service, executor, clock, connection::connected, this::ownMessageStored);
        this.pending = new FilteredList<>(outbox.items(), m -> m.room() == currentRoomId());
        this.users = new UserDirectory(service, executor);
        users.put(me);
        this.presence = new Presence(service, executor, users, me.id(), connection.stateProperty());
        onReconnected(presence::rewatch);
        // Private chats' participants are users the client shows (and follows); a newer profile from a push is kept.
        rooms.addListener((javafx.collections.ListChangeListener<RoomInfo>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(r -> r.participants().stream().filter(p -> users.get(p.id()) == null).forEach(users::put));
            }
        });
        this.timeline = new RoomTimeline(service, executor, users, me.id(), clock, WINDOW_CAPACITY, PAGE_SIZE);
        this.composer = new ComposerViewModel(service, executor, this::currentRoomId, this::ownMessageStored,
                this::slowmodeFor, clock);
        composer.setEditing(timeline::lastOwn, stored -> timeline.changed(stored, false));
        composer.setOutbox(outbox, connection::connected);
        this.mentions = new MentionCompletionViewModel(service, executor, this::currentRoomId, users::putAll);
        this.members = new MembersViewModel(service, executor, users, presence);
        this.attention = new AttentionViewModel(service, executor, clock, me.id(), this::roomById, blocked::contains);
        self.set(me);
        users.onChange(u -> {
            if (u.id() == me.id()) {
                self.set(u);
            }
        });
        this.actions = new MessageActions(service, executor, timeline, permissions::get, this.role::get, currentRoom::get,
                this::failed);
        // Offline the composer stays: what is written waits in the outbox (spec UX-4).
        composer.availableProperty().bind(currentRoom.isNotNull().and(connection.stateProperty().isEqualTo(ConnectionState.CONNECTED)
                .or(connection.stateProperty().isEqualTo(ConnectionState.RECONNECTING))));
        currentRoom.addListener((obs, old, now) -> {
            pending.setPredicate(m -> m.room() == currentRoomId());
            if (old == null || now == null || old.id() != now.id()) {
                // a changed topic or slowmode of the same room is no new opening
                attention.opened(now == null ? -1 : now.id(), timeline::newestId);
            }
            refreshPermissions();
            refreshLock();
            composer.roomChanged(now);
        });
        this.role.addListener((obs, old, now) -> refreshPermissions());
        restrictions.addListener((javafx.collections.ListChangeListener<Restriction>) c -> refreshPermissions());
        refreshPermissions();
        service.setListener(this);
    }

    public ObservableList<RoomInfo> rooms() {
        return rooms;
    }

    /** The open room's messages, oldest first. */
    public ObservableList<MessageItem> messages() {
        return timeline.items();
    }

    /** The open room's messages with their paging, jumps and day banners. */
    public RoomTimeline timeline() {
        return timeline;
    }

    /** The users this client knows (names, colours, avatars), kept current by {@code user} pushes. */
    public UserDirectory users() {
        return users;
    }

    /** Vote, react, delete, reveal, versions: what the user does to a message. */
    public MessageActions actions() {
        return actions;
    }

    public ReadOnlyObjectProperty<RoomInfo> currentRoomProperty() {
        return currentRoom.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionProperty() {
        return connection.stateProperty();
    }

    public ReadOnlyBooleanProperty loadingOlderProperty() {
        return timeline.loadingOlderProperty();
    }

    public ReadOnlyBooleanProperty hasOlderProperty() {
        return timeline.hasOlderProperty();
    }

    /** The connection banner: the state, the countdown to the next attempt, "Retry now" (spec UX-4). */
    public ConnectionViewModel connection() {
        return connection;
    }

    /** The open room's messages that wait to be sent (written offline), oldest first. */
    public ObservableList<PendingMessage> pendingMessages() {
        return pending;
    }

    /**
     * Runs {@code hook} on the UI thread after every reconnect, once the chat has asked for the
     * rooms and the open room again: for the parts that must watch or load again (unread counts,
     * presence) since subscriptions belonged to the old connection.
     */
    public void onReconnected(Runnable hook) {
        reconnectHooks.add(hook);
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

    /** The user's site-wide role (from the login, then the {@code role} push). */
    public ReadOnlyObjectProperty<Role> roleProperty() {
        return role.getReadOnlyProperty();
    }

    /** What the user may do in the open room (none when no room is open). */
    public ReadOnlyObjectProperty<RoomPermissions> permissionsProperty() {
        return permissions.getReadOnlyProperty();
    }

    /** Whether the user may open a room of their own: not a guest, not barred from opening rooms. */
    public ReadOnlyBooleanProperty canCreateRoomProperty() {
        return canCreateRoom.getReadOnlyProperty();
    }

    /** Why the user was put out of a room (a ban), or null. */
    public ReadOnlyObjectProperty<UiText> noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The moderator's reason for the notice's ban, as written, or null. */
    public ReadOnlyStringProperty noticeReasonProperty() {
        return noticeReason.getReadOnlyProperty();
    }

    /** The user's own active bans, mutes and room-opening bans. */
    public ObservableList<Restriction> restrictions() {
        return FXCollections.unmodifiableObservableList(restrictions);
    }

    /** The ids of the users this user blocked. */
    public ObservableSet<Long> blockedUsers() {
        return FXCollections.unmodifiableObservableSet(blocked);
    }

    /** The messages of blocked users the user chose to show; changes when one is expanded. */
    public ObservableSet<Long> expandedMessages() {
        return FXCollections.unmodifiableObservableSet(expanded);
    }

    public UserInfo me() {
        return me;
    }

    /** The user's own profile as it is now (it changes with {@code update_profile} and {@code user} pushes). */
    public ReadOnlyObjectProperty<UserInfo> selfProperty() {
        return self.getReadOnlyProperty();
    }

    /** {@code @} completion for the composer. */
    public MentionCompletionViewModel mentions() {
        return mentions;
    }

    /** Unread and mention counts, read markers, notification switches; which messages notify. */
    public AttentionViewModel attention() {
        return attention;
    }

    /** The member panel of the open room. */
    public MembersViewModel members() {
        return members;
    }

    /** Who is online among the users known (spec R-5, A-5). */
    public Presence presence() {
        return presence;
    }

    /** Whether the user may edit their profile: everyone but guests (the server refuses them). */
    public boolean canEditProfile() {
        return role.get() != Role.GUEST;
    }

    /** The profile dialog's answer: every row, name and avatar of ours changes at once. */
    public void profileSaved(UserInfo updated) {
        users.put(updated);
    }

    public ComposerViewModel composer() {
        return composer;
    }

    /** The service and executor for the moderation dialogs this chat opens. */
    public ChatService service() {
        return service;
    }

    public TaskExecutor executor() {
        return executor;
    }

    public Clock clock() {
        return clock;
    }

    // Queries for the views

    /**
     * What the user may do to the author of a message in the open room, in menu order. Ban and
     * mute only to someone of lower standing; moderators are appointed by the owner or an admin
     * (not guests, not the owner); admins by the superuser; anyone blocks anyone but themselves.
     */
    public Set<UserAction> actionsFor(long user, String name) {
        Set<UserAction> actions = EnumSet.noneOf(UserAction.class);
        if (user == me.id() || user < 1) {
            return actions;
        }
        RoomInfo room = currentRoom.get();
        RoomPermissions mine = permissions.get();
        boolean guest = name != null && name.matches(GuestLogin.GUEST_NAME);
        if (mine.ban() && mine.standing().outranks(standingOf(user, room))) {
            actions.add(UserAction.BAN);
            actions.add(UserAction.MUTE);
        }
        boolean isOwner = room != null && room.owner() != null && room.owner() == user;
        if (mine.manageModerators() && !guest && !isOwner) {
            actions.add(room.isModerator(user) ? UserAction.REMOVE_MODERATOR : UserAction.MAKE_MODERATOR);
        }
        if (role.get() == Role.SUPERUSER && !guest) {
            actions.add(admins.contains(user) ? UserAction.REMOVE_ADMIN : UserAction.MAKE_ADMIN);
        }
        actions.add(blocked.contains(user) ? UserAction.UNBLOCK : UserAction.BLOCK);
        return actions;
    }

    /** Whether a message is shown collapsed: its author is blocked and the user did not expand it. */
    public boolean isCollapsed(MessageItem message) {
        return blocked.contains(message.authorId()) && !expanded.contains(message.id());
    }

    // Commands

    /**
     * Loads the room list and opens the first room; loads the user's restrictions and block list,
     * and for admins the admins (to rank moderation targets).
     */
    public void start() {
        executor.run(service::rooms, list -> {
            rooms.setAll(list);
            attention.load(list);
            if (!list.isEmpty() && currentRoom.get() == null) {
                openRoom(list.get(0));
            }
        }, this::failed);
        // If the first room is one the user is banned from, this puts them out of it with the notice.
        executor.run(() -> service.request(MyRestrictions::new), list -> {
            list.restrictions().stream().filter(Restriction::active).forEach(this::upsert);
            applyRestrictions(null);
        }, this::failedQuietly);
        executor.run(() -> service.request(ListBlocks::new), list -> {
            list.users().forEach(u -> blocked.add(u.id()));
        }, this::failedQuietly);
        loadAdmins();
    }

    /**
     * Opens {@code room} and shows its newest page, or with unread messages the page around the
     * read marker with the "new messages" divider (spec A-2). The previous room stays subscribed:
     * every conversation is watched, for its unread count and notifications.
     */
    public void openRoom(RoomInfo room) {
        openRoom(room, -1);
    }

    /**
     * Opens conversation {@code room} at message {@code message} (a clicked notification, spec
     * A-3): the page around it, scrolled to it; when the room is open already, just scrolls there.
     */
    public void openAt(long room, long message) {
        RoomInfo info = roomById(room);
        if (info == null) {
            return;
        }
        if (currentRoomId() == room) {
            jumpTo(message);
        } else {
            openRoom(info, message);
        }
    }

    private void openRoom(RoomInfo room, long target) {
        if (room == null || (currentRoom.get() != null && currentRoom.get().id() == room.id())) {
            return;
        }
        currentRoom.set(room);
        cutOff = null;
        expanded.clear();
        error.set(null);
        clearNotice();
        dev.parley.protocol.model.ConversationState state = attention.state(room.id());
        long readUpTo = state.unread() > 0 && state.lastRead() != null ? state.lastRead() : -1;
        timeline.open(room.id(), readUpTo, target, this::openFailed);
    }

    /** Opening the room (or opening it again after a reconnect) failed. */
    private void openFailed(Throwable e) {
        // The previous room is already closed on the server: none stays open, and choosing
        // the room again retries; so does the reconnect when the connection was lost.
        cutOff = Outbox.isConnectionError(e) ? currentRoom.get() : null;
        currentRoom.set(null);
        if (e instanceof ParleyException pe && pe.code() == ErrorCode.BANNED) {
            showBanNotice(pe);
        } else {
            failed(e);
        }
    }

    /**
     * Loads the page before the oldest message held and prepends it. Does nothing while a page
     * is loading or when there is nothing older.
     */
    public void loadOlder() {
        timeline.loadOlder(this::failed);
    }

    /**
     * Called when the user reaches the bottom of the list: if newer messages exist than the
     * last one held (dropped to keep the window bounded, or not loaded after a jump), loads the
     * next page of them. One request at a time (the list asks on every scroll event at the
     * bottom).
     */
    public void reachedNewest() {
        timeline.reachedNewest(this::failed);
    }

    /** Shows message {@code id} of the open room (a clicked quote), loading the page around it if needed. */
    public void jumpTo(long id) {
        timeline.jumpTo(id, this::failed);
    }

    /**
     * Opens the private chat with {@code user} (spec R-3), creating it on the server the first
     * time, and lists it in the sidebar. Nothing for ourselves or when we are a guest (guests have
     * no private chats: the server would refuse).
     */
    public void openPrivate(long user) {
        if (!canChatPrivately(user)) {
            return;
        }
        RoomInfo known = rooms.stream().filter(r -> partnerOf(r) != null && partnerOf(r).id() == user).findFirst().orElse(null);
        if (known != null) {
            openRoom(known);
            return;
        }
        executor.run(() -> service.request(id -> new StartPrivate(id, user)), room -> roomUpdated(room, true), this::failed);
    }

    /**
     * What the sidebar and the header call a conversation: a room's name, or for a private chat
     * the other participant's name as the user directory knows it now (profiles change live).
     */
    public String conversationName(RoomInfo room) {
        if (room == null) {
            return "";
        }
        UserInfo partner = partnerOf(room);
        return partner == null ? room.name() : partner.shownName();
    }

    /** The other participant of a private chat as known now, or null for a room. */
    public UserInfo partnerOf(RoomInfo room) {
        return users.partnerIn(room, me.id());
    }

    /** Whether a click on {@code user}'s name may open a private chat with them: not ourselves, not as a guest. */
    public boolean canChatPrivately(long user) {
        return user > 0 && user != me.id() && role.get() != Role.GUEST;
    }

    /** Shows a blocked user's collapsed message. */
    public void expand(MessageItem message) {
        expanded.add(message.id());
    }

    /** Adds a user to the block list; their messages collapse. */
    public void block(long user) {
        executor.run(() -> service.request(id -> new BlockUser(id, user)), done -> blocked.add(user), this::failed);
    }

    public void unblock(long user) {
        executor.run(() -> service.request(id -> new UnblockUser(id, user)), done -> blocked.remove(user), this::failed);
    }

    /** Makes {@code user} a moderator of the open room. */
    public void appoint(long user) {
        RoomInfo room = currentRoom.get();
        if (room != null) {
            executor.run(() -> service.request(id -> new Appoint(id, room.id(), user)), this::roomChanged, this::failed);
        }
    }

    /** Removes {@code user} from the moderators of the open room. */
    public void demote(long user) {
        RoomInfo room = currentRoom.get();
        if (room != null) {
            executor.run(() -> service.request(id -> new Demote(id, room.id(), user)), this::roomChanged, this::failed);
        }
    }

    /** Appoints ({@code admin} true) or removes an admin: the superuser's. */
    public void setAdmin(long user, boolean admin) {
        executor.run(() -> service.request(id -> new SetRole(id, user, admin ? Role.ADMIN : Role.USER)), done -> {
            if (admin) {
                admins.add(user);
            } else {
                admins.remove(user);
            }
        }, this::failed);
    }

    /** A room this client created or changed (its reply, before or instead of the push): list it, and open it if asked. */
    public void roomUpdated(RoomInfo room, boolean open) {
        roomChanged(room);
        if (open) {
            openRoom(rooms.stream().filter(r -> r.id() == room.id()).findFirst().orElse(room));
        }
    }

    /**
     * Advances time: drops restrictions that ran out (the server sends no push for that) and
     * advances the composer's slowmode countdown. The view calls it every second.
     */
    public void tick() {
        Instant now = clock.instant();
        if (restrictions.removeIf(r -> r.until() != null && !r.until().isAfter(now))) {
            applyRestrictions(null);
        }
        composer.tick();
        timeline.tick();
        attention.tick();
        connection.tick();
        outbox.tick();
    }

    /** Sends a pending message the server refused again, with the same client message id. */
    public void retryPending(PendingMessage message) {
        outbox.retry(message);
    }

    /** Forgets a pending message the server refused. */
    public void deletePending(PendingMessage message) {
        outbox.discard(message);
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
        timeline.live(message, author);
        attention.posted(message, author);
    }

    @Override
    public void conversationChanged(dev.parley.protocol.model.ConversationState state) {
        attention.changed(state);
    }

    @Override
    public void messageChanged(MessageChanged push) {
        timeline.changed(push.message(), true);
    }

    @Override
    public void scoreChanged(ScoreChanged push) {
        timeline.score(push);
    }

    @Override
    public void reactionsChanged(ReactionsChanged push) {
        timeline.reactions(push);
    }

    @Override
    public void userChanged(UserInfo user) {
        users.put(user);
    }

    @Override
    public void presenceChanged(long user, boolean online) {
        presence.pushed(user, online);
    }

    @Override
    public void disconnected() {
        connection.gone(UiText.of("connection.closed"));
        error.set(UiText.of(ErrorTexts.CONNECTION_LOST));
    }

    @Override
    public void sessionEnded() {
        connection.gone(null);
        close(UiText.of(SESSION_ENDED), () -> { });
    }

    // Reconnecting (spec UX-4)

    @Override
    public void reconnecting(java.time.Duration nextAttemptIn) {
        connection.reconnecting(nextAttemptIn);
    }

    /**
     * Back on a new connection: the room list again (rooms created or changed while away), the
     * user's restrictions again (bans and mutes given or lifted meanwhile), the open room opened
     * again and caught up ({@link RoomTimeline#catchUp}), then what waits in the outbox goes out,
     * in this order on the one I/O thread; then the hooks.
     */
    @Override
    public void reconnected(SessionInfo session) {
        connection.reconnected();
        if (error.get() != null && ErrorTexts.CONNECTION_LOST.equals(error.get().key())) {
            error.set(null);
        }
        if (session != null && session.role() != role.get()) {
            roleChanged(session.role());
        }
        executor.run(service::rooms, list -> {
            roomsReloaded(list);
            attention.load(rooms);
        }, this::failed);
        executor.run(() -> service.request(MyRestrictions::new), list -> {
            restrictions.setAll(list.restrictions().stream().filter(Restriction::active).toList());
            applyRestrictions(null);
        }, this::failedQuietly);
        RoomInfo reopen = cutOff;
        if (currentRoom.get() != null) {
            timeline.catchUp(this::openFailed);
        } else if (reopen != null) {
            openRoom(rooms.stream().filter(r -> r.id() == reopen.id()).findFirst().orElse(reopen));
        }
        outbox.reconnected();
        reconnectHooks.forEach(Runnable::run);
    }

    @Override
    public void sessionExpired() {
        connection.gone(null);
        close(UiText.of(SESSION_EXPIRED), () -> { });
    }

    @Override
    public void addressBlocked() {
        connection.gone(UiText.of("connection.blocked"));
    }

    /** The room list after a reconnect: changed and new rooms replace or join, vanished ones go (not the open one). */
    private void roomsReloaded(List<RoomInfo> list) {
        Set<Long> ids = new HashSet<>();
        for (RoomInfo room : list) {
            ids.add(room.id());
            if (!rooms.contains(room)) {
                roomChanged(room);
            }
        }
        for (RoomInfo gone : rooms.stream().filter(r -> !ids.contains(r.id()) && r.id() != currentRoomId()).toList()) {
            rooms.remove(gone);
            attention.forget(gone.id());
        }
    }

    @Override
    public void roomChanged(RoomInfo room) {
        boolean replaced = false;
        for (int i = 0; i < rooms.size(); i++) {
            if (rooms.get(i).id() == room.id()) {
                rooms.set(i, room);
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            rooms.add(room);
            attention.watch(List.of(room.id()));
            attention.roomAdded(room);
        }
        RoomInfo open = currentRoom.get();
        if (open != null && open.id() == room.id()) {
            currentRoom.set(room);
            applyRestrictions(null);
        }
    }

    @Override
    public void restrictionChanged(Restriction restriction) {
        if (restriction.user() != null && restriction.user().id() != me.id()) {
            return;
        }
        if (restriction.active()) {
            upsert(restriction);
            applyRestrictions(restriction);
        } else {
            restrictions.removeIf(r -> r.id() == restriction.id());
            if (noticeRestriction == restriction.id()) {
                clearNotice();
            }
            applyRestrictions(null);
        }
    }

    @Override
    public void roleChanged(Role newRole) {
        role.set(newRole);
        loadAdmins();
    }

    private void ownMessageStored(MessageInfo stored) {
        // The user may have switched rooms while the send was in flight: the timeline checks.
        timeline.ownSent(stored, users.get(me.id()));
        attention.posted(stored, users.get(me.id()));
    }

    // Restrictions and permissions

    private void upsert(Restriction restriction) {
        restrictions.removeIf(r -> r.id() == restriction.id());
        restrictions.add(restriction);
    }

    /**
     * Acts on the restrictions held: a ban from the open room puts the user out of it (with a
     * notice about {@code news} when that is the ban), a mute or a closed room locks the composer.
     */
    private void applyRestrictions(Restriction news) {
        RoomInfo open = currentRoom.get();
        if (open != null) {
            Restriction ban = strongest(RestrictionKind.BAN, open.id());
            if (ban != null) {
                leaveBannedRoom(ban);
            }
        } else if (news != null && news.kind() == RestrictionKind.BAN && news.room() == null) {
            showBanNotice(news);
        }
        refreshLock();
    }

    /** Locks the composer for a mute or a closed room in the open room, or unlocks it. */
    private void refreshLock() {
        RoomInfo open = currentRoom.get();
        if (open == null) {
            composer.lock(null, null);
            return;
        }
        Restriction mute = strongest(RestrictionKind.MUTE, open.id());
        if (mute != null) {
            composer.lock(mutedText(mute), blankToNull(mute.reason()));
        } else if (open.closed()) {
            composer.lock(UiText.of("room.closed.composer"), null);
        } else {
            composer.lock(null, null);
        }
    }

    /** The server already unsubscribed us: forget the room without closing it there. */
    private void leaveBannedRoom(Restriction ban) {
        timeline.clear();
        currentRoom.set(null);
        showBanNotice(ban);
    }

    private void showBanNotice(Restriction ban) {
        String room = ban.room() == null ? null : "#" + (ban.roomName() != null ? ban.roomName() : roomName(ban.room()));
        setNotice(bannedText(room, ban.until()), ban.reason(), ban.id());
    }

    /** The notice for a {@code banned} error: its params name the room, the end and the reason. */
    private void showBanNotice(ParleyException e) {
        Map<String, String> params = e.params();
        String room = null;
        if (params.get("room") != null) {
            try {
                room = "#" + roomName(Long.parseLong(params.get("room")));
            } catch (NumberFormatException notAnId) {
                room = params.get("room");
            }
        }
        Instant until = null;
        try {
            until = params.get("until") == null ? null : Instant.parse(params.get("until"));
        } catch (DateTimeParseException unreadable) {
            LOG.warn("unreadable ban end {}", params.get("until"));
        }
        setNotice(bannedText(room, until), params.get("reason"), -1);
    }

    private static UiText bannedText(String room, Instant until) {
        if (room == null) {
            return until == null ? UiText.of("mod.banned.all.indefinitely") : UiText.of("mod.banned.all.until", Date.from(until));
        }
        return until == null ? UiText.of("mod.banned.room.indefinitely", room) : UiText.of("mod.banned.room.until", room, Date.from(until));
    }

    private static UiText mutedText(Restriction mute) {
        Instant until = mute.until();
        if (mute.room() == null) {
            return until == null ? UiText.of("mod.muted.all.indefinitely") : UiText.of("mod.muted.all.until", Date.from(until));
        }
        return until == null ? UiText.of("mod.muted.room.indefinitely") : UiText.of("mod.muted.room.until", Date.from(until));
    }

    private void setNotice(UiText text, String reason, long restriction) {
        notice.set(text);
        noticeReason.set(blankToNull(reason));
        noticeRestriction = restriction;
    }

    private void clearNotice() {
        setNotice(null, null, -1);
    }

    /** The active restriction of {@code kind} that holds in {@code room}, the longest first; null when none. */
    private Restriction strongest(RestrictionKind kind, long room) {
        return restrictions.stream()
                .filter(r -> r.kind() == kind && (r.room() == null || r.room() == room))
                .max(Comparator.comparing(r -> r.until() == null ? Instant.MAX : r.until()))
                .orElse(null);
    }

    private void refreshPermissions() {
        permissions.set(RoomPermissions.of(me.id(), role.get(), currentRoom.get()));
        canCreateRoom.set(role.get() != Role.GUEST
                && restrictions.stream().noneMatch(r -> r.kind() == RestrictionKind.NO_ROOMS));
    }

    /** The standing of another user in {@code room}, as far as this client knows it. */
    private Standing standingOf(long user, RoomInfo room) {
        return Standing.of(user, admins.contains(user) ? Role.ADMIN : Role.USER, room);
    }

    /** The slowmode cooldown that applies to us in {@code room}: none when we are exempt. */
    private int slowmodeFor(long room) {
        RoomInfo info = roomById(room);
        if (info == null || Standing.of(me.id(), role.get(), info).atLeast(Standing.MODERATOR)) {
            return 0;
        }
        return info.slowmodeSeconds();
    }

    private void loadAdmins() {
        if (role.get() == null || !role.get().isAdmin()) {
            admins.clear();
            return;
        }
        executor.run(() -> service.request(ListAdmins::new), list -> {
            admins.clear();
            list.users().forEach(u -> admins.add(u.id()));
        }, this::failedQuietly);
    }

    private RoomInfo roomById(long id) {
        return rooms.stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    private String roomName(long id) {
        RoomInfo room = roomById(id);
        return room == null ? Long.toString(id) : room.name();
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

    /** A background load the chat works without (restrictions, blocks, admins): logged, not shown. */
    private void failedQuietly(Throwable e) {
        LOG.warn("could not load moderation state: {}", e.toString());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
