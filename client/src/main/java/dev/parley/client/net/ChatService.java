package dev.parley.client.net;

import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.ReactionsChanged;
import dev.parley.protocol.frame.Request;
import dev.parley.protocol.frame.ScoreChanged;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.Welcome;

/**
 * What the ViewModels need from one server connection, as blocking calls. Callers run them
 * through {@link TaskExecutor#run}, never on the UI thread. Failures are
 * {@link dev.parley.protocol.ParleyException} (a server error code) or {@link IOException}
 * (connection lost or unreachable). The real implementation is {@link ServerConnection};
 * ViewModel unit tests use a small in-memory fake.
 */
public interface ChatService extends AutoCloseable {

    /** Connects to {@code address} ({@code host:port} or a ws:// URI) and says hello. */
    void connect(String address) throws IOException;

    SessionInfo login(String username, String password) throws IOException;

    /** Creates the account and logs it in. */
    SessionInfo register(String username, String password) throws IOException;

    List<RoomInfo> rooms() throws IOException;

    /** Subscribes to the room's pushes and returns its newest page. */
    HistoryPage open(long room, int limit) throws IOException;

    /** The page of messages just older than {@code before}. */
    HistoryPage history(long room, long before, int limit) throws IOException;

    /** Posts a plain text message. */
    default MessageInfo send(long room, UUID clientMessageId, String text) throws IOException {
        return send(room, clientMessageId, text, false, null, null);
    }

    /**
     * Posts a message: {@code anonymous} without the author's name (public rooms only, spec
     * M-7), {@code replyTo} quoting a message of the room or null, {@code attachment} the id of
     * a finished upload of ours or null (then {@code text} may be empty). The client message id
     * is chosen once per message and reused for every resend of it.
     */
    MessageInfo send(long room, UUID clientMessageId, String text, boolean anonymous, Long replyTo, String attachment)
            throws IOException;

    /**
     * Sends any request and waits for its result: the moderation, room-settings and admin
     * frames go through here rather than one method each. {@code build} gets the request id.
     */
    <R> R request(Function<String, ? extends Request<R>> build) throws IOException;

    /**
     * Sends a request without waiting: the future completes (on a background thread, never the
     * UI thread) with the result or with the failures {@link #request} throws. For pipelining,
     * such as the pieces of an upload or a download.
     */
    <R> CompletableFuture<R> requestAsync(Function<String, ? extends Request<R>> build);

    /** Logs in as a guest, asking for the name and colour held last time (either may be null). */
    SessionInfo guest(String name, String color) throws IOException;

    /** The server's {@code welcome} from {@link #connect}: whether it allows registration and guests. */
    Welcome welcome();

    /**
     * Sets the receiver of pushes and of the disconnect event. Implementations call it on the UI
     * thread only.
     */
    void setListener(Listener listener);

    @Override
    void close();

    /**
     * "Retry now": when the connection was lost and waits for its next reconnect attempt,
     * attempts at once (off the UI thread). Nothing otherwise.
     */
    default void reconnectNow() {
    }

    /** Events from the server, always delivered on the UI thread. */
    interface Listener {
        void messagePosted(MessageInfo message, UserInfo author);

        /** The connection was lost (not closed by us) and will not be retried. */
        void disconnected();

        /**
         * The connection was lost and is being re-established (spec UX-4): the next attempt is
         * due in {@code nextAttemptIn}, or null while an attempt runs.
         */
        default void reconnecting(java.time.Duration nextAttemptIn) {
        }

        /**
         * The session was resumed on a new connection after a loss. Subscriptions belonged to the
         * old connection: open the open room again, watch the others, catch up, send what waits.
         */
        default void reconnected(SessionInfo session) {
        }

        /** The server refused to resume the session after a loss ({@code session_invalid}): the user must log in again. */
        default void sessionExpired() {
            sessionEnded();
        }

        /** An admin blocked this client's address (close code 4003): the connection is not retried. */
        default void addressBlocked() {
            disconnected();
        }

        /**
         * The server closed the connection because this session was ended elsewhere (logout or
         * password change on another device): the user is signed out.
         */
        void sessionEnded();

        /** A room was created or changed (topic, slowmode, closed, moderators). */
        default void roomChanged(RoomInfo room) {
        }

        /** This user was banned, muted or barred from opening rooms, or such a restriction ended. */
        default void restrictionChanged(Restriction restriction) {
        }

        /** This user's site-wide role changed (admin appointed or removed). */
        default void roleChanged(Role role) {
        }

        /** A message in a subscribed room was edited or deleted. */
        default void messageChanged(MessageChanged push) {
        }

        /** A message's vote sum changed (with this user's own vote when they voted elsewhere). */
        default void scoreChanged(ScoreChanged push) {
        }

        /** Someone added or removed a reaction on a message in a subscribed room. */
        default void reactionsChanged(ReactionsChanged push) {
        }

        /** A user's profile changed (name, colour, status line, avatar). */
        default void userChanged(UserInfo user) {
        }

        /** This user read a conversation or switched its notifications on another client. */
        default void conversationChanged(dev.parley.protocol.model.ConversationState state) {
        }

        /** A user this connection follows ({@code watch_presence}) came online or went offline. */
        default void presenceChanged(long user, boolean online) {
        }
    }
}
