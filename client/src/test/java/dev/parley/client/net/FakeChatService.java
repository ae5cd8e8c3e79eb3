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
            dev.parley.protocol.frame.ListAdmins.class, r -> new dev.parley.protocol.model.UserList(List.of())));
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
    public void closeRoom(long room) {
        calls.add("close " + room);
    }

    @Override
    public HistoryPage history(long room, long before, int limit) {
        calls.add("history " + room + " before " + before);
        failIfAsked();
        return page(room, before, limit);
    }

    @Override
    public MessageInfo send(long room, UUID clientMessageId, String text) {
        calls.add("send " + room + " " + text);
        clientMessageIds.add(clientMessageId);
        failIfAsked();
        if (text.length() > 10) {
            throw new ParleyException(ErrorCode.TEXT_TOO_LONG, Map.of("max", "10"));
        }
        // Like the server: a client message id already stored returns the stored message.
        MessageInfo m = byClientMessageId.get(clientMessageId);
        if (m == null) {
            m = new MessageInfo(nextMessageId++, room, me.id(), text, Instant.now(), null);
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

    private void failIfAsked() {
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
        List<UserInfo> authors = page.stream().map(m -> users.get(m.author())).distinct().toList();
        return new HistoryPage(room, page, authors, from > 0);
    }
}
