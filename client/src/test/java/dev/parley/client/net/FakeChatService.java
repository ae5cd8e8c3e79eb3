package dev.parley.client.net;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An in-memory {@link ChatService} for ViewModel unit tests: rooms with messages, paging with
 * the protocol's semantics, a record of the calls made, and failures on demand. The UI tests
 * use the real server; this keeps ViewModel tests fast and free of I/O.
 */
public final class FakeChatService implements ChatService {
    public final Map<Long, RoomInfo> rooms = new LinkedHashMap<>();
    public final Map<Long, List<MessageInfo>> messages = new HashMap<>();
    public final Map<Long, UserInfo> users = new HashMap<>();
    public final List<String> calls = new ArrayList<>();
    public final Map<String, String> accounts = new HashMap<>();
    public RuntimeException nextFailure;
    /** Makes the next send store the message and then fail, as when the reply is lost. */
    public RuntimeException nextFailureAfterStoring;
    /** Run inside {@link #open} before it returns its page, e.g. to push a message meanwhile. */
    public Runnable duringOpen;
    /** The client message id of every send, in order. */
    public final List<UUID> clientMessageIds = new ArrayList<>();
    private final Map<UUID, MessageInfo> byClientMessageId = new HashMap<>();
    public IOException connectFailure;
    /** While true every request fails with a connection error (as an unchecked one), as when the connection is lost. */
    public boolean offline;
    /** Makes the next send fail (without storing), whatever other requests come before it. */
    public RuntimeException nextSendFailure;
    public Listener listener;
    public boolean closed;
    private long nextMessageId = 1;
    private long nextUserId = 1;
    private UserInfo me;

    public FakeChatService withRoom(long id, String name, String topic) {
        return withRoom(new RoomInfo(id, name, topic, 0, false));
    }

    public FakeChatService withRoom(RoomInfo room) {
        rooms.put(room.id(), room);
        messages.putIfAbsent(room.id(), new ArrayList<>());
        return this;
    }

    /** The requests of one type sent through {@link #request}, in order. */
    public <T> List<T> requests(Class<T> type) {
        return requests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    public UserInfo user(String name, String color) {
        UserInfo u = new UserInfo(nextUserId++, name, name, color);
        users.put(u.id(), u);
        return u;
    }

    /** Stores a message as if another client had sent it and pushes it to the listener. */
    public MessageInfo post(long room, UserInfo author, String text) {
        MessageInfo m = seed(room, author, text);
        if (listener != null) {
            listener.messagePosted(m, author);
        }
        return m;
    }

    /** Stores a message as if another client had sent it (no push). */
    public MessageInfo seed(long room, UserInfo author, String text) {
        MessageInfo m = new MessageInfo(nextMessageId++, room, author.id(), text, Instant.parse("2026-01-01T10:00:00Z"), null);
        messages.get(room).add(m);
        return m;
    }

    @Override
    public void connect(String address) throws IOException {
        calls.add("connect " + address);
        if (connectFailure != null) {
            throw connectFailure;
        }
    }

    @Override
    public SessionInfo login(String username, String password) {
        calls.add("login " + username);
        failIfAsked();
        if (!password.equals(accounts.get(username))) {
            throw new ParleyException(ErrorCode.BAD_CREDENTIALS);
        }
        me = users.values().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
        return new SessionInfo("token", me);
    }

    @Override
    public SessionInfo register(String username, String password) {
        calls.add("register " + username);
        failIfAsked();
        if (accounts.containsKey(username)) {
            throw new ParleyException(ErrorCode.USERNAME_TAKEN);
        }
        accounts.put(username, password);
        me = user(username, "#123456");
        return new SessionInfo("token", me);
    }

    @Override
    public SessionInfo guest(String name, String color) {
        calls.add("guest " + name);
        failIfAsked();
        me = user(name == null ? "Guest1234" : name, color == null ? "#654321" : color);
        return new SessionInfo("token", me, dev.parley.protocol.model.Role.GUEST);
    }

    /**
     * Answers for {@link #request}: by request class, a function from the request to its result.
     * The loads every chat makes at start answer "nothing" unless a test says otherwise.
     */
    public final Map<Class<?>, java.util.function.Function<Object, Object>> answers = new HashMap<>(Map.of(
            dev.parley.protocol.frame.MyRestrictions.class, r -> new dev.parley.protocol.model.RestrictionList(List.of(), false),
            dev.parley.protocol.frame.ListBlocks.class, r -> new dev.parley.protocol.model.UserList(List.of()),
            dev.parley.protocol.frame.ListAdmins.class, r -> new dev.parley.protocol.model.UserList(List.of()),
            dev.parley.protocol.frame.ListConversations.class, r -> new dev.parley.protocol.model.ConversationList(List.of()),
            dev.parley.protocol.frame.WatchRooms.class, r -> new dev.parley.protocol.model.Done()));
    /** The users {@code watch_presence} answers as online. */
    public final java.util.Set<Long> online = new java.util.HashSet<>();
    /** Every request sent through {@link #request}, in order. */
    public final List<dev.parley.protocol.frame.Request<?>> requests = new ArrayList<>();
    public dev.parley.protocol.model.Welcome welcome =
            new dev.parley.protocol.model.Welcome(1, "fake", true, 4000, false);

    @Override
    public <R> java.util.concurrent.CompletableFuture<R> requestAsync(
            java.util.function.Function<String, ? extends dev.parley.protocol.frame.Request<R>> build) {
        try {
            return java.util.concurrent.CompletableFuture.completedFuture(request(build));
        } catch (RuntimeException e) {
            return java.util.concurrent.CompletableFuture.failedFuture(e);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R request(java.util.function.Function<String, ? extends dev.parley.protocol.frame.Request<R>> build) {
        dev.parley.protocol.frame.Request<R> request = build.apply("f" + requests.size());
        requests.add(request);
        calls.add("request " + request.getClass().getSimpleName());
        failIfAsked();
        var answer = answers.get(request.getClass());
        if (answer == null) {
            throw new ParleyException(ErrorCode.UNKNOWN_TYPE);
        }
        return (R) answer.apply(request);
    }

    @Override
    public dev.parley.protocol.model.Welcome welcome() {
        return welcome;
    }

    @Override
    public List<RoomInfo> rooms() {
        calls.add("rooms");
        failIfAsked();
        return List.copyOf(rooms.values());
    }

    @Override
    public HistoryPage open(long room, int limit) {
        calls.add("open " + room);
        failIfAsked();
        HistoryPage page = page(room, Long.MAX_VALUE, limit);
        if (duringOpen != null) {
            duringOpen.run();
        }
        return page;
    }

    @Override
    public HistoryPage history(long room, long before, int limit) {
        calls.add("history " + room + " before " + before);
        failIfAsked();
        return page(room, before, limit);
    }

    @Override
    public MessageInfo send(long room, UUID clientMessageId, String text, boolean anonymous, Long replyTo, String attachment) {
        calls.add("send " + room + " " + text);
        clientMessageIds.add(clientMessageId);
        sends.add(new Sent(room, clientMessageId, text, anonymous, replyTo, attachment));
        failIfAsked();
        RuntimeException refused = nextSendFailure;
        nextSendFailure = null;
        if (refused != null) {
            throw refused;
        }
        if (text.length() > 10) {
            throw new ParleyException(ErrorCode.TEXT_TOO_LONG, Map.of("max", "10"));
        }
        // Like the server: a client message id already stored returns the stored message.
        MessageInfo m = byClientMessageId.get(clientMessageId);
        if (m == null) {
            MessageInfo quoted = replyTo == null ? null : find(replyTo);
            dev.parley.protocol.model.ReplyQuote quote = quoted == null ? null
                    : new dev.parley.protocol.model.ReplyQuote(quoted.id(), quoted.author(), quoted.text(), null, null);
            dev.parley.protocol.model.Attachment file = attachment == null ? null
                    : new dev.parley.protocol.model.Attachment(attachment, "file", "f.bin", 1, "application/octet-stream", null, null, null);
            m = new MessageInfo(nextMessageId++, room, me.id(), text, Instant.now(), null, null, anonymous, 1, 1, quote,
                    List.of(), file, List.of());
            messages.get(room).add(m);
            byClientMessageId.put(clientMessageId, m);
        }
        RuntimeException lost = nextFailureAfterStoring;
        nextFailureAfterStoring = null;
        if (lost != null) {
            throw lost;
        }
        return m;
    }

    @Override
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void close() {
        closed = true;
    }

    @Override
    public void reconnectNow() {
        calls.add("reconnectNow");
    }

    private void failIfAsked() {
        if (offline) {
            throw new java.io.UncheckedIOException(new IOException("not connected"));
        }
        RuntimeException f = nextFailure;
        nextFailure = null;
        if (f != null) {
            throw f;
        }
    }

    private HistoryPage page(long room, long before, int limit) {
        List<MessageInfo> all = messages.get(room);
        if (all == null) {
            throw new ParleyException(ErrorCode.ROOM_NOT_FOUND);
        }
        List<MessageInfo> older = all.stream().filter(m -> m.id() < before).toList();
        int from = Math.max(0, older.size() - limit);
        List<MessageInfo> page = older.subList(from, older.size());
        return new HistoryPage(room, page, authors(page), from > 0);
    }

    private List<UserInfo> authors(List<MessageInfo> page) {
        return page.stream().filter(m -> m.author() != null).map(m -> users.get(m.author()))
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    // Issue 3: messages people work with. In-memory answers with the protocol's semantics for
    // history after/around, edit, versions, delete, vote, react, members, users, reveal_author
    // and update_profile; tests may replace any of them in answers.

    /** One send as the composer made it. */
    public record Sent(long room, UUID clientMessageId, String text, boolean anonymous, Long replyTo, String attachment) {
    }

    /** Every send, in order, with its optional parts. */
    public final List<Sent> sends = new ArrayList<>();
    /** Every version of each message edited through the fake, oldest first. */
    public final Map<Long, List<dev.parley.protocol.model.MessageVersion>> versions = new HashMap<>();
    /** Run inside a {@code history} request (after or around) before it answers. */
    public Runnable duringHistory;

    /** The stored message with {@code id}, or null. */
    public MessageInfo find(long id) {
        return messages.values().stream().flatMap(List::stream).filter(m -> m.id() == id).findFirst().orElse(null);
    }

    /** Replaces a stored message with {@code changed} (same id). */
    public void store(MessageInfo changed) {
        List<MessageInfo> list = messages.get(changed.room());
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id() == changed.id()) {
                list.set(i, changed);
            }
        }
    }

    /** Stores a message with every field given (anonymous, reactions, quotes...), no push. */
    public MessageInfo seed(MessageInfo message) {
        messages.get(message.room()).add(message);
        nextMessageId = Math.max(nextMessageId, message.id() + 1);
        return message;
    }

    private HistoryPage anchored(dev.parley.protocol.frame.FetchHistory r) {
        List<MessageInfo> all = messages.get(r.room());
        if (all == null) {
            throw new ParleyException(ErrorCode.ROOM_NOT_FOUND);
        }
        int limit = r.pageSize();
        List<MessageInfo> page;
        boolean hasMore;
        boolean hasNewer;
        if (r.after() != null) {
            List<MessageInfo> newer = all.stream().filter(m -> m.id() > r.after()).toList();
            page = newer.subList(0, Math.min(limit, newer.size()));
            hasMore = all.stream().anyMatch(m -> page.isEmpty() ? m.id() <= r.after() : m.id() < page.get(0).id());
            hasNewer = newer.size() > limit;
        } else if (r.around() != null) {
            List<MessageInfo> before = all.stream().filter(m -> m.id() < r.around()).toList();
            List<MessageInfo> from = all.stream().filter(m -> m.id() >= r.around()).toList();
            int older = Math.min(before.size(), limit / 2);
            List<MessageInfo> p = new ArrayList<>(before.subList(before.size() - older, before.size()));
            p.addAll(from.subList(0, Math.min(from.size(), limit - older)));
            page = p;
            hasMore = before.size() > older;
            hasNewer = from.size() > limit - older;
        } else {
            return page(r.room(), r.before() == null ? Long.MAX_VALUE : r.before(), limit);
        }
        if (duringHistory != null) {
            duringHistory.run();
        }
        return new HistoryPage(r.room(), page, authors(page), hasMore, hasNewer);
    }

    private MessageInfo existing(Long id) {
        MessageInfo m = find(id);
        if (m == null) {
            throw new ParleyException(ErrorCode.MESSAGE_NOT_FOUND);
        }
        return m;
    }

    private MessageInfo edit(dev.parley.protocol.frame.EditMessage r) {
        MessageInfo m = existing(r.message());
        if (m.author() == null || m.author() != me.id()) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        Instant at = Instant.parse("2026-01-01T11:00:00Z").plusSeconds(versions.getOrDefault(m.id(), List.of()).size());
        versions.computeIfAbsent(m.id(), k -> new ArrayList<>(List.of(new dev.parley.protocol.model.MessageVersion(m.text(), m.created()))))
                .add(new dev.parley.protocol.model.MessageVersion(r.text(), at));
        MessageInfo changed = new MessageInfo(m.id(), m.room(), m.author(), r.text(), m.created(), at, m.deleted(), m.anonymous(),
                m.score(), m.myVote(), m.replyTo(), m.reactions(), m.attachment(), m.mentions());
        store(changed);
        return changed;
    }

    private MessageInfo delete(dev.parley.protocol.frame.DeleteMessage r) {
        MessageInfo m = existing(r.message());
        MessageInfo tomb = new MessageInfo(m.id(), m.room(), m.author(), null, m.created(), m.edited(), true, m.anonymous(),
                m.score(), m.myVote(), null, List.of(), null, List.of());
        store(tomb);
        return tomb;
    }

    private dev.parley.protocol.model.VoteResult vote(dev.parley.protocol.frame.Vote r) {
        MessageInfo m = existing(r.message());
        int old = m.myVote() == null ? 0 : m.myVote();
        int score = m.score() - old + r.value();
        store(new MessageInfo(m.id(), m.room(), m.author(), m.text(), m.created(), m.edited(), m.deleted(), m.anonymous(),
                score, r.value() == 0 ? null : r.value(), m.replyTo(), m.reactions(), m.attachment(), m.mentions()));
        return new dev.parley.protocol.model.VoteResult(m.room(), m.id(), score, r.value());
    }

    private dev.parley.protocol.model.Reaction react(dev.parley.protocol.frame.React r) {
        MessageInfo m = existing(r.message());
        List<dev.parley.protocol.model.Reaction> list = new ArrayList<>(m.reactions());
        dev.parley.protocol.model.Reaction old = list.stream().filter(x -> x.emoji().equals(r.emoji())).findFirst().orElse(null);
        list.remove(old);
        List<Long> who = new ArrayList<>(old == null ? List.of() : old.users());
        who.remove(me.id());
        if (r.on()) {
            who.add(me.id());
        }
        dev.parley.protocol.model.Reaction now = new dev.parley.protocol.model.Reaction(r.emoji(), who.size(), who, r.on());
        if (!who.isEmpty()) {
            list.add(now);
        }
        store(new MessageInfo(m.id(), m.room(), m.author(), m.text(), m.created(), m.edited(), m.deleted(), m.anonymous(),
                m.score(), m.myVote(), m.replyTo(), list, m.attachment(), m.mentions()));
        return now;
    }

    private dev.parley.protocol.model.UserList members(dev.parley.protocol.frame.RoomMembers r) {
        String prefix = r.prefix() == null ? "" : r.prefix().toLowerCase(java.util.Locale.ROOT);
        return new dev.parley.protocol.model.UserList(users.values().stream()
                .filter(u -> u.username().toLowerCase(java.util.Locale.ROOT).startsWith(prefix)
                        || u.shownName().toLowerCase(java.util.Locale.ROOT).startsWith(prefix))
                .sorted(java.util.Comparator.comparing(UserInfo::username)).limit(r.maxUsers()).toList());
    }

    private UserInfo updateProfile(dev.parley.protocol.frame.UpdateProfile r) {
        UserInfo u = users.get(me.id());
        String status = r.status() == null ? u.status() : r.status().isEmpty() ? null : r.status();
        String avatar = r.avatar() == null ? u.avatar() : r.avatar().isEmpty() ? null : r.avatar();
        UserInfo changed = new UserInfo(u.id(), u.username(), r.displayName() == null ? u.displayName() : r.displayName(),
                r.color() == null ? u.color() : r.color(), status, avatar);
        users.put(changed.id(), changed);
        me = changed;
        return changed;
    }

    {
        answers.put(dev.parley.protocol.frame.FetchHistory.class, r -> anchored((dev.parley.protocol.frame.FetchHistory) r));
        // open with around (spec A-2): the page around the message, as history around gives it
        answers.put(dev.parley.protocol.frame.OpenRoom.class, r -> {
            dev.parley.protocol.frame.OpenRoom o = (dev.parley.protocol.frame.OpenRoom) r;
            calls.add("open " + o.room() + " around " + o.around());
            return anchored(new dev.parley.protocol.frame.FetchHistory(o.id(), o.room(), null, null, o.around(), o.pageSize()));
        });
        answers.put(dev.parley.protocol.frame.EditMessage.class, r -> edit((dev.parley.protocol.frame.EditMessage) r));
        answers.put(dev.parley.protocol.frame.DeleteMessage.class, r -> delete((dev.parley.protocol.frame.DeleteMessage) r));
        answers.put(dev.parley.protocol.frame.MessageVersions.class, r -> {
            MessageInfo m = existing(((dev.parley.protocol.frame.MessageVersions) r).message());
            return new dev.parley.protocol.model.MessageHistory(m.id(), m.room(), versions.getOrDefault(m.id(),
                    List.of(new dev.parley.protocol.model.MessageVersion(m.text(), m.created()))));
        });
        answers.put(dev.parley.protocol.frame.Vote.class, r -> vote((dev.parley.protocol.frame.Vote) r));
        answers.put(dev.parley.protocol.frame.React.class, r -> react((dev.parley.protocol.frame.React) r));
        answers.put(dev.parley.protocol.frame.RoomMembers.class, r -> members((dev.parley.protocol.frame.RoomMembers) r));
        answers.put(dev.parley.protocol.frame.FetchUsers.class, r -> new dev.parley.protocol.model.UserList(
                ((dev.parley.protocol.frame.FetchUsers) r).ids().stream().map(users::get).filter(java.util.Objects::nonNull).toList()));
        answers.put(dev.parley.protocol.frame.RevealAuthor.class, r -> {
            MessageInfo m = existing(((dev.parley.protocol.frame.RevealAuthor) r).message());
            return users.get(m.author());
        });
        answers.put(dev.parley.protocol.frame.WatchPresence.class, r -> new dev.parley.protocol.model.PresenceList(
                ((dev.parley.protocol.frame.WatchPresence) r).users().stream().filter(online::contains).toList()));
        answers.put(dev.parley.protocol.frame.UpdateProfile.class, r -> updateProfile((dev.parley.protocol.frame.UpdateProfile) r));
    }
}
