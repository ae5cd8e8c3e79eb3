package dev.parley.client.net;

import dev.parley.protocol.ParleyException;
import dev.parley.protocol.Protocol;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.Hello;
import dev.parley.protocol.frame.ListRooms;
import dev.parley.protocol.frame.Login;
import dev.parley.protocol.frame.GuestLogin;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.RestrictionChanged;
import dev.parley.protocol.frame.RoleChanged;
import dev.parley.protocol.frame.RoomChanged;
import dev.parley.protocol.frame.ConversationChanged;
import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.PresenceChanged;
import dev.parley.protocol.frame.ReactionsChanged;
import dev.parley.protocol.frame.ScoreChanged;
import dev.parley.protocol.frame.UserChanged;
import dev.parley.protocol.model.Welcome;
import dev.parley.protocol.frame.OpenRoom;
import dev.parley.protocol.frame.Register;
import dev.parley.protocol.frame.Request;
import dev.parley.protocol.frame.Resume;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import jakarta.websocket.CloseReason;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChatService} over the shared-protocol {@link ParleyClient}. This is the one place where
 * frames from the server reach the UI thread: pushes and the close event are handed to
 * {@link TaskExecutor#onUiThread} before any listener sees them.
 *
 * <p>After a login the connection is supervised ({@link ConnectionSupervisor}, spec UX-4): a lost
 * connection is replaced by a new one to the same address that resumes the session with its
 * token, so the ViewModels keep this object and their listener across reconnects. The token
 * lives only in this object's memory.
 */
public final class ServerConnection implements ChatService {
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);
    private static final String CLIENT_NAME = "parley-desktop";
    /** The WebSocket close code the server uses when the session was ended elsewhere ("session ended"). */
    static final int SESSION_ENDED_CLOSE_CODE = 4001;

    /** The close code of a connection from an address an admin blocked. */
    static final int ADDRESS_BLOCKED_CLOSE_CODE = 4003;

    private final ParleyConnector connector;
    private final TaskExecutor executor;
    private final ConnectionTiming timing;
    private volatile ParleyClient client;
    private volatile Listener listener;
    private volatile boolean closedByUs;
    private volatile Welcome welcome;
    private volatile String address;
    /** The session token, kept in memory for {@code resume}; never logged, never written to disk. */
    private volatile String token;
    /** Created at login; null before. */
    private volatile ConnectionSupervisor supervisor;
    private Scheduler scheduler;

    public ServerConnection(ParleyConnector connector, TaskExecutor executor) {
        this(connector, executor, ConnectionTiming.system());
    }

    /** @param timing the clock, scheduler and jitter of reconnecting and the heartbeat (tests drive them) */
    public ServerConnection(ParleyConnector connector, TaskExecutor executor, ConnectionTiming timing) {
        this.connector = connector;
        this.executor = executor;
        this.timing = timing;
    }

    @Override
    public void connect(String address) throws IOException {
        this.address = address;
        ParleyClient c = open(address);
        client = c;
        welcome = call(c, id -> new Hello(id, Protocol.VERSION, CLIENT_NAME));
    }

    /** Opens a connection whose pushes, close and signs of life come to us. */
    private ParleyClient open(String address) throws IOException {
        ParleyClient c = connector.connect(address);
        c.onPush(push -> {
            executor.onUiThread(() -> {
                Listener l = listener;
                if (l == null) {
                    return;
                }
                if (push instanceof MessagePosted posted) {
                    l.messagePosted(posted.message(), posted.author());
                } else if (push instanceof RoomChanged changed) {
                    l.roomChanged(changed.room());
                } else if (push instanceof RestrictionChanged changed) {
                    l.restrictionChanged(changed.restriction());
                } else if (push instanceof RoleChanged changed) {
                    l.roleChanged(changed.role());
                } else if (push instanceof MessageChanged changed) {
                    l.messageChanged(changed);
                } else if (push instanceof ScoreChanged changed) {
                    l.scoreChanged(changed);
                } else if (push instanceof ReactionsChanged changed) {
                    l.reactionsChanged(changed);
                } else if (push instanceof UserChanged changed) {
                    l.userChanged(changed.user());
                } else if (push instanceof ConversationChanged changed) {
                    l.conversationChanged(changed.conversation());
                } else if (push instanceof PresenceChanged changed) {
                    l.presenceChanged(changed.user(), changed.online());
                }
            });
        });
        c.onClose(reason -> closed(c, reason));
        c.onReceive(() -> {
            ConnectionSupervisor s = supervisor;
            if (s != null) {
                s.received();
            }
        });
        return c;
    }

    /**
     * The close of connection {@code c}. Ignored when we closed it, or when it is not the current
     * one (a connection being opened by a reconnect attempt, which sees its own failure, or one
     * already replaced). Before a login a loss is final; after it the supervisor reconnects,
     * except when the session was ended elsewhere (4001: back to the login screen) or an admin
     * blocked this address (4003: reconnecting is pointless).
     */
    private void closed(ParleyClient c, CloseReason reason) {
        if (closedByUs || c != client) {
            return;
        }
        LOG.info("connection closed: {} {}", reason.getCloseCode(), reason.getReasonPhrase());
        ConnectionSupervisor s = supervisor;
        if (isSessionEnded(reason)) {
            if (s != null) {
                s.stop();
            }
            toListener(Listener::sessionEnded);
        } else if (s != null && closeCode(reason) == ADDRESS_BLOCKED_CLOSE_CODE) {
            s.stop();
            toListener(Listener::addressBlocked);
        } else if (s != null) {
            s.lost();
        } else {
            toListener(Listener::disconnected);
        }
    }

    /** Hands an event to the listener on the UI thread, unless we have closed the connection. */
    private void toListener(Consumer<Listener> event) {
        executor.onUiThread(() -> {
            Listener l = listener;
            if (l != null && !closedByUs) {
                event.accept(l);
            }
        });
    }

    /** Logged in: keeps the token (in memory only) and supervises the connection from now on. */
    private SessionInfo loggedIn(SessionInfo session) {
        token = session.token();
        synchronized (this) {
            if (supervisor == null && !closedByUs) {
                scheduler = timing.schedulers().get();
                supervisor = new ConnectionSupervisor(new Link(), new Events(), scheduler, timing.clock(), timing.random());
                supervisor.start();
            }
        }
        return session;
    }

    /** Where the supervisor is: for tests and diagnostics. */
    ConnectionSupervisor.State supervisorState() {
        ConnectionSupervisor s = supervisor;
        return s == null ? ConnectionSupervisor.State.IDLE : s.state();
    }

    @Override
    public void reconnectNow() {
        ConnectionSupervisor s = supervisor;
        if (s != null) {
            s.retryNow();
        }
    }

    /** The mechanics of reconnecting, for the supervisor. */
    private final class Link implements ConnectionSupervisor.Link {
        @Override
        public SessionInfo reopen() throws IOException {
            String resumeWith = token;
            ParleyClient c = open(address);
            try {
                Welcome w = call(c, id -> new Hello(id, Protocol.VERSION, CLIENT_NAME));
                SessionInfo session = call(c, id -> new Resume(id, resumeWith));
                ParleyClient old;
                synchronized (ServerConnection.this) {
                    if (closedByUs) {
                        throw new IOException("closed while reconnecting");
                    }
                    old = client;
                    client = c;
                    welcome = w;
                    if (session.token() != null) {
                        token = session.token();
                    }
                }
                if (old != null) {
                    old.close();
                }
                return session;
            } catch (IOException | RuntimeException e) {
                boolean blocked = c.closedFuture().isDone() && closeCode(c.closedFuture().join()) == ADDRESS_BLOCKED_CLOSE_CODE;
                c.close();
                if (blocked) {
                    throw new AddressBlockedException();
                }
                throw e;
            }
        }

        @Override
        public boolean ping() {
            ParleyClient c = client;
            return c != null && c.ping();
        }

        @Override
        public void condemn() {
            ParleyClient c = client;
            if (c != null) {
                c.close();
            }
        }
    }

    /** The supervisor's news, on the UI thread. */
    private final class Events implements ConnectionSupervisor.Events {
        @Override
        public void reconnecting(Duration nextAttemptIn) {
            toListener(l -> l.reconnecting(nextAttemptIn));
        }

        @Override
        public void reconnected(SessionInfo session) {
            toListener(l -> l.reconnected(session));
        }

        @Override
        public void sessionExpired() {
            toListener(Listener::sessionExpired);
        }

        @Override
        public void addressBlocked() {
            toListener(Listener::addressBlocked);
        }
    }

    @Override
    public Welcome welcome() {
        return welcome;
    }

    @Override
    public SessionInfo guest(String name, String color) throws IOException {
        return loggedIn(call(id -> new GuestLogin(id, name, color)));
    }

    @Override
    public <R> R request(Function<String, ? extends Request<R>> build) throws IOException {
        return call(build);
    }

    @Override
    public <R> CompletableFuture<R> requestAsync(Function<String, ? extends Request<R>> build) {
        ParleyClient c = client;
        if (c == null) {
            return CompletableFuture.failedFuture(new IOException("not connected"));
        }
        CompletableFuture<R> result = new CompletableFuture<>();
        c.call(build).whenComplete((value, failure) -> {
            if (failure == null) {
                result.complete(value);
            } else {
                result.completeExceptionally(unwrap(failure));
            }
        });
        return result;
    }

    @Override
    public SessionInfo login(String username, String password) throws IOException {
        return loggedIn(call(id -> new Login(id, username, password)));
    }

    @Override
    public SessionInfo register(String username, String password) throws IOException {
        return loggedIn(call(id -> new Register(id, username, password, null)));
    }

    @Override
    public List<RoomInfo> rooms() throws IOException {
        return call(ListRooms::new).rooms();
    }

    @Override
    public HistoryPage open(long room, int limit) throws IOException {
        return call(id -> new OpenRoom(id, room, limit));
    }

    @Override
    public HistoryPage history(long room, long before, int limit) throws IOException {
        return call(id -> new FetchHistory(id, room, before, limit));
    }

    @Override
    public MessageInfo send(long room, UUID clientMessageId, String text, boolean anonymous, Long replyTo,
                            String attachment) throws IOException {
        return call(id -> new SendMessage(id, room, clientMessageId, text, anonymous ? Boolean.TRUE : null, replyTo, attachment));
    }

    @Override
    public void setListener(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void close() {
        Scheduler stopping;
        synchronized (this) {
            closedByUs = true;
            stopping = scheduler;
        }
        ConnectionSupervisor s = supervisor;
        if (s != null) {
            s.stop();
        }
        if (stopping != null) {
            stopping.shutdown();
        }
        ParleyClient c = client;
        if (c != null) {
            c.close();
        }
    }

    /**
     * The failure callers see: the server's {@link ParleyException} or an {@link IOException}
     * (other causes, such as a timeout, wrapped in one).
     */
    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ParleyException || cause instanceof IOException) {
            return cause;
        }
        return new IOException(cause.getMessage(), cause);
    }

    /** Whether the server closed the connection because the session was ended elsewhere. */
    static boolean isSessionEnded(CloseReason reason) {
        return closeCode(reason) == SESSION_ENDED_CLOSE_CODE;
    }

    private static int closeCode(CloseReason reason) {
        return reason == null || reason.getCloseCode() == null ? -1 : reason.getCloseCode().getCode();
    }

    /**
     * Sends a request and waits for its result. Unwraps the future's failure so callers see the
     * server's {@link ParleyException}, an {@link IOException} or a {@link TimeoutException}
     * cause wrapped in {@link IOException}.
     */
    private <R> R call(Function<String, ? extends Request<R>> build) throws IOException {
        return call(client, build);
    }

    /** {@link #call} on connection {@code c}. */
    private static <R> R call(ParleyClient c, Function<String, ? extends Request<R>> build) throws IOException {
        if (c == null) {
            throw new IOException("not connected");
        }
        try {
            return c.call(build).get();
        } catch (ExecutionException e) {
            Throwable cause = unwrap(e.getCause());
            if (cause instanceof ParleyException pe) {
                throw pe;
            }
            throw (IOException) cause;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
