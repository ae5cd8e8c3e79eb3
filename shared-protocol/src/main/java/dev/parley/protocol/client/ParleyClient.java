package dev.parley.protocol.client;

import dev.parley.protocol.FrameCodec;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.Protocol;
import dev.parley.protocol.frame.ErrorReply;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.Hello;
import dev.parley.protocol.frame.ListRooms;
import dev.parley.protocol.frame.Login;
import dev.parley.protocol.frame.Ok;
import dev.parley.protocol.frame.OpenRoom;
import dev.parley.protocol.frame.Push;
import dev.parley.protocol.frame.Register;
import dev.parley.protocol.frame.Reply;
import dev.parley.protocol.frame.Request;
import dev.parley.protocol.frame.Resume;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomList;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.Welcome;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One headless protocol connection: requests become futures completed by their reply, pushes
 * go to listeners. Used by the tests, the desktop client and the bench.
 *
 * <p>Threading: replies and pushes arrive on the WebSocket container's threads, in the order the
 * server sent them; listeners must hand work to their own thread (the desktop client moves it
 * to the FX thread in one place). Sends are serialized on this object, so any thread may call.
 */
public final class ParleyClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyClient.class);

    private final FrameCodec codec = FrameCodec.forClient();
    private final Duration timeout;
    private final AtomicLong nextId = new AtomicLong();
    private final Map<String, CompletableFuture<Reply>> pending = new ConcurrentHashMap<>();
    private final List<Consumer<Push>> pushListeners = new CopyOnWriteArrayList<>();
    private volatile Predicate<String> rawPushFilter;
    private final List<Consumer<CloseReason>> closeListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> receiveListeners = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Reply> unmatched = new LinkedBlockingQueue<>();
    private final CompletableFuture<CloseReason> closed = new CompletableFuture<>();
    private volatile Session session;

    ParleyClient(Duration timeout) {
        this.timeout = timeout;
    }

    Endpoint endpoint() {
        return new Endpoint() {
            @Override
            public void onOpen(Session s, EndpointConfig config) {
                session = s;
                s.setMaxTextMessageBufferSize(Limits.TRANSPORT_BUFFER_BYTES);
                s.addMessageHandler(String.class, (MessageHandler.Whole<String>) ParleyClient.this::onText);
                s.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> received());
            }

            @Override
            public void onClose(Session s, CloseReason reason) {
                closeAll(reason);
            }

            @Override
            public void onError(Session s, Throwable error) {
                LOG.debug("connection error", error);
            }
        };
    }

    /** Registers a listener for server pushes (called on a container thread). */
    public void onPush(Consumer<Push> listener) {
        pushListeners.add(listener);
    }

    /**
     * Offers every pushed frame, as raw JSON text, to {@code filter} before it is decoded; a
     * frame the filter accepts (returns true for) is not decoded nor given to the push listeners.
     * For load generators that receive tens of thousands of pushes a second and only need a
     * field or two: decoding each costs more than the rest of their work. Replies are never
     * offered (they complete their requests as usual).
     */
    public void onRawPush(Predicate<String> filter) {
        this.rawPushFilter = filter;
    }

    /** Registers a listener called once when the connection closes, for any reason. */
    public void onClose(Consumer<CloseReason> listener) {
        closeListeners.add(listener);
        if (closed.isDone()) {
            listener.accept(closed.join());
        }
    }

    /**
     * Registers a listener called (on a container thread) whenever anything arrives from the
     * server: a reply, a push or a pong. A heartbeat uses it as the sign of life.
     */
    public void onReceive(Runnable listener) {
        receiveListeners.add(listener);
    }

    /**
     * Sends a WebSocket ping without waiting; its pong reaches the {@link #onReceive} listeners.
     * Returns false when the connection is not open or the ping could not be handed to the
     * transport. Asynchronous, so a connection that died without a close (a laptop that slept)
     * never blocks the caller.
     */
    public boolean ping() {
        Session s = session;
        if (s == null || !s.isOpen() || closed.isDone()) {
            return false;
        }
        try {
            s.getAsyncRemote().sendPing(ByteBuffer.wrap(new byte[] {'p'}));
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.debug("ping failed", e);
            return false;
        }
    }

    public boolean isOpen() {
        Session s = session;
        return s != null && s.isOpen() && !closed.isDone();
    }

    /** Completes when the connection has closed, with the reason. */
    public CompletableFuture<CloseReason> closedFuture() {
        return closed;
    }

    /**
     * Sends a request built with a fresh request id; the future completes with the result, or
     * fails with {@link ParleyException} (the server's error code), {@link TimeoutException}
     * or {@link IOException} (connection lost).
     */
    public <R> CompletableFuture<R> call(Function<String, ? extends Request<R>> build) {
        Request<R> request = build.apply(Long.toString(nextId.incrementAndGet()));
        return exchange(request.id(), codec.encode(request)).thenApply(reply -> {
            if (reply instanceof Ok ok) {
                return codec.result(ok, request.resultType());
            }
            ErrorReply error = (ErrorReply) reply;
            throw new ParleyException(error.code(), error.params());
        });
    }

    /** Like {@link #call} but waits for the result; unwraps the failure. */
    public <R> R await(Function<String, ? extends Request<R>> build) {
        try {
            return call(build).get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no reply within " + timeout, e);
        }
    }

    /**
     * Sends raw text (for tests of malformed input and for bots) and returns the reply that
     * carries {@code expectedId}. Replies without an id are kept for {@link #nextUnmatchedReply}.
     */
    public CompletableFuture<Reply> sendRaw(String text, String expectedId) {
        return exchange(expectedId, text);
    }

    /** The next reply that matched no pending request (for example an error with no id). */
    public Reply nextUnmatchedReply(Duration wait) throws InterruptedException {
        return unmatched.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    // Convenience calls for the common requests.

    public Welcome hello(String clientName) {
        return await(id -> new Hello(id, Protocol.VERSION, clientName));
    }

    public SessionInfo register(String username, String password) {
        return await(id -> new Register(id, username, password, null));
    }

    public SessionInfo login(String username, String password) {
        return await(id -> new Login(id, username, password));
    }

    public SessionInfo resume(String token) {
        return await(id -> new Resume(id, token));
    }

    public RoomList rooms() {
        return await(ListRooms::new);
    }

    public HistoryPage open(long room) {
        return await(id -> new OpenRoom(id, room, null));
    }

    public MessageInfo send(long room, String text) {
        return send(room, UUID.randomUUID(), text);
    }

    public MessageInfo send(long room, UUID clientMessageId, String text) {
        return await(id -> new SendMessage(id, room, clientMessageId, text));
    }

    public HistoryPage history(long room, Long before, int limit) {
        return await(id -> new FetchHistory(id, room, before, limit));
    }

    private CompletableFuture<Reply> exchange(String id, String text) {
        CompletableFuture<Reply> future = new CompletableFuture<>();
        if (id != null) {
            if (pending.putIfAbsent(id, future) != null) {
                future.completeExceptionally(new IllegalStateException("request id in use: " + id));
                return future;
            }
        }
        Session s = session;
        if (s == null || !s.isOpen()) {
            if (id != null) {
                pending.remove(id);
            }
            future.completeExceptionally(new IOException("not connected"));
            return future;
        }
        try {
            synchronized (this) {
                s.getBasicRemote().sendText(text);
            }
        } catch (IOException | RuntimeException e) {
            // RuntimeException too: Tyrus throws RejectedExecutionException when the server
            // closes the connection during a send (found by FrameHandlersFuzzTest)
            if (id != null) {
                pending.remove(id);
            }
            future.completeExceptionally(new IOException("send failed: " + e, e));
            return future;
        }
        future.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((r, e) -> {
                    if (id != null) {
                        pending.remove(id, future);
                    }
                });
        return future;
    }

    private void received() {
        for (Runnable listener : receiveListeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("receive listener failed", e);
            }
        }
    }

    private void onText(String text) {
        received();
        Predicate<String> raw = rawPushFilter;
        // the server writes the type first; replies are "ok" and "error", everything else is a push
        if (raw != null && !text.startsWith("{\"type\":\"ok\"") && !text.startsWith("{\"type\":\"error\"")
                && raw.test(text)) {
            return;
        }
        Frame frame;
        try {
            frame = codec.decode(text);
        } catch (FrameCodec.DecodeException e) {
            LOG.warn("undecodable frame from server: {}", e.error().code().wireName());
            return;
        }
        if (frame instanceof Reply reply) {
            CompletableFuture<Reply> future = reply.id() == null ? null : pending.remove(reply.id());
            if (future != null) {
                future.complete(reply);
            } else {
                unmatched.add(reply);
            }
        } else if (frame instanceof Push push) {
            for (Consumer<Push> listener : pushListeners) {
                try {
                    listener.accept(push);
                } catch (RuntimeException e) {
                    LOG.warn("push listener failed", e);
                }
            }
        } else {
            LOG.warn("server sent a request frame: {}", frame.getClass().getSimpleName());
        }
    }

    private void closeAll(CloseReason reason) {
        if (!closed.complete(reason)) {
            return;
        }
        IOException lost = new IOException("connection closed: " + reason.getCloseCode() + " " + reason.getReasonPhrase());
        pending.values().forEach(f -> f.completeExceptionally(lost));
        pending.clear();
        for (Consumer<CloseReason> listener : closeListeners) {
            try {
                listener.accept(reason);
            } catch (RuntimeException e) {
                LOG.warn("close listener failed", e);
            }
        }
    }

    /** Closes the connection; pending requests fail with {@link IOException}. */
    @Override
    public void close() {
        Session s = session;
        if (s != null && s.isOpen()) {
            try {
                s.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "bye"));
            } catch (IOException | IllegalStateException e) {
                LOG.debug("close failed", e);
            }
        }
        closeAll(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "closed by client"));
    }
}
