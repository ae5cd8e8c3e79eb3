package dev.parley.client.net;

import dev.parley.protocol.ParleyException;
import dev.parley.protocol.Protocol;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.CloseRoom;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.Hello;
import dev.parley.protocol.frame.ListRooms;
import dev.parley.protocol.frame.Login;
import dev.parley.protocol.frame.GuestLogin;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.RestrictionChanged;
import dev.parley.protocol.frame.RoleChanged;
import dev.parley.protocol.frame.RoomChanged;
import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.ReactionsChanged;
import dev.parley.protocol.frame.ScoreChanged;
import dev.parley.protocol.frame.UserChanged;
import dev.parley.protocol.model.Welcome;
import dev.parley.protocol.frame.OpenRoom;
import dev.parley.protocol.frame.Register;
import dev.parley.protocol.frame.Request;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import jakarta.websocket.CloseReason;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ChatService} over the shared-protocol {@link ParleyClient}. This is the one place where
 * frames from the server reach the UI thread: pushes and the close event are handed to
 * {@link TaskExecutor#onUiThread} before any listener sees them.
 */
public final class ServerConnection implements ChatService {
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);
    private static final String CLIENT_NAME = "parley-desktop";
    /** The WebSocket close code the server uses when the session was ended elsewhere ("session ended"). */
    static final int SESSION_ENDED_CLOSE_CODE = 4001;

    private final ParleyConnector connector;
    private final TaskExecutor executor;
    private volatile ParleyClient client;
    private Listener listener;
    private volatile boolean closedByUs;
    private volatile Welcome welcome;

    public ServerConnection(ParleyConnector connector, TaskExecutor executor) {
        this.connector = connector;
        this.executor = executor;
    }

    @Override
    public void connect(String address) throws IOException {
        ParleyClient c = connector.connect(address);
        client = c;
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
                }
            });
        });
        c.onClose(reason -> {
            if (!closedByUs) {
                LOG.info("connection closed: {} {}", reason.getCloseCode(), reason.getReasonPhrase());
                boolean sessionEnded = isSessionEnded(reason);
                executor.onUiThread(() -> {
                    if (listener == null) {
                        return;
                    }
                    if (sessionEnded) {
                        listener.sessionEnded();
                    } else {
                        listener.disconnected();
                    }
                });
            }
        });
        welcome = call(id -> new Hello(id, Protocol.VERSION, CLIENT_NAME));
    }

    @Override
    public Welcome welcome() {
        return welcome;
    }

    @Override
    public SessionInfo guest(String name, String color) throws IOException {
        return call(id -> new GuestLogin(id, name, color));
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
        return call(id -> new Login(id, username, password));
    }

    @Override
    public SessionInfo register(String username, String password) throws IOException {
        return call(id -> new Register(id, username, password, null));
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
    public void closeRoom(long room) throws IOException {
        call(id -> new CloseRoom(id, room));
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
        closedByUs = true;
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
        return reason != null && reason.getCloseCode() != null && reason.getCloseCode().getCode() == SESSION_ENDED_CLOSE_CODE;
    }

    /**
     * Sends a request and waits for its result. Unwraps the future's failure so callers see the
     * server's {@link ParleyException}, an {@link IOException} or a {@link TimeoutException}
     * cause wrapped in {@link IOException}.
     */
    private <R> R call(Function<String, ? extends Request<R>> build) throws IOException {
        ParleyClient c = client;
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
