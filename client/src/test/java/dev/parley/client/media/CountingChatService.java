package dev.parley.client.media;

import dev.parley.client.net.ChatService;
import dev.parley.protocol.frame.Request;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.Welcome;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/** A real {@link ChatService} that counts the requests sent through it, by frame class. */
final class CountingChatService implements ChatService {
    private final ChatService delegate;
    private final Map<Class<?>, AtomicLong> counts = new ConcurrentHashMap<>();

    CountingChatService(ChatService delegate) {
        this.delegate = delegate;
    }

    long count(Class<?> frame) {
        AtomicLong n = counts.get(frame);
        return n == null ? 0 : n.get();
    }

    private <R> Function<String, ? extends Request<R>> counted(Function<String, ? extends Request<R>> build) {
        return id -> {
            Request<R> r = build.apply(id);
            counts.computeIfAbsent(r.getClass(), c -> new AtomicLong()).incrementAndGet();
            return r;
        };
    }

    @Override
    public <R> R request(Function<String, ? extends Request<R>> build) throws IOException {
        return delegate.request(counted(build));
    }

    @Override
    public <R> CompletableFuture<R> requestAsync(Function<String, ? extends Request<R>> build) {
        return delegate.requestAsync(counted(build));
    }

    @Override
    public void connect(String address) throws IOException {
        delegate.connect(address);
    }

    @Override
    public SessionInfo login(String username, String password) throws IOException {
        return delegate.login(username, password);
    }

    @Override
    public SessionInfo register(String username, String password) throws IOException {
        return delegate.register(username, password);
    }

    @Override
    public List<RoomInfo> rooms() throws IOException {
        return delegate.rooms();
    }

    @Override
    public HistoryPage open(long room, int limit) throws IOException {
        return delegate.open(room, limit);
    }

    @Override
    public void closeRoom(long room) throws IOException {
        delegate.closeRoom(room);
    }

    @Override
    public HistoryPage history(long room, long before, int limit) throws IOException {
        return delegate.history(room, before, limit);
    }

    @Override
    public MessageInfo send(long room, UUID clientMessageId, String text) throws IOException {
        return delegate.send(room, clientMessageId, text);
    }

    @Override
    public SessionInfo guest(String name, String color) throws IOException {
        return delegate.guest(name, color);
    }

    @Override
    public Welcome welcome() {
        return delegate.welcome();
    }

    @Override
    public void setListener(Listener listener) {
        delegate.setListener(listener);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
