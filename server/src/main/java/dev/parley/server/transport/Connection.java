package dev.parley.server.transport;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection as the features see it: who is logged in on it, which topics (rooms)
 * it is subscribed to, and a bounded outbound queue.
 *
 * <p>Outbound frames go through one queue with one asynchronous send in flight, so replies and
 * pushes keep their order and a slow reader never blocks the thread that produced the frame.
 * A client that stops reading fills its queue and is disconnected: it is never allowed to grow
 * the server's memory.
 */
public final class Connection {
    private static final Logger LOG = LoggerFactory.getLogger(Connection.class);
    /** Frames waiting for a reader before the connection is dropped as too slow. */
    static final int MAX_QUEUED_FRAMES = 1_000;
    /**
     * Characters waiting for a reader before the connection is dropped: bounds the memory one
     * client can hold on the server even with large replies (history pages of long messages).
     */
    static final long MAX_QUEUED_CHARS = 4L * 1024 * 1024;
    /** Seconds a closed connection's socket may linger (flushing the close) before it is cut. */
    static final int HARD_CLOSE_AFTER_SECONDS = 5;

    private final long id;
    private final Session session;
    private final String remoteAddress;
    private final Set<Long> topics = ConcurrentHashMap.newKeySet();
    private final ArrayDeque<String> outbound = new ArrayDeque<>();
    private long queuedChars;
    private boolean sending;
    private volatile Long userId;
    private volatile String sessionKey;
    /** Set once, by whoever closes first: this side (close) or the peer (markClosed). */
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Set once, when the features were told this connection ended (see {@link #ended()}). */
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile long lastHeardNanos = System.nanoTime();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile ScheduledFuture<?> loginTimeout;
    private final Runnable hardClose;
    private final ScheduledExecutorService timer;

    /**
     * @param hardClose cuts the TCP connection (a reset); used when a polite close does not
     *                  end it, because the peer does not read
     * @param timer     runs that cut a few seconds after a close
     */
    Connection(long id, Session session, String remoteAddress, Runnable hardClose, ScheduledExecutorService timer) {
        this.id = id;
        this.session = session;
        this.remoteAddress = remoteAddress;
        this.hardClose = hardClose;
        this.timer = timer;
    }

    public long id() {
        return id;
    }

    /** The peer's IP address as seen by the socket. */
    public String remoteAddress() {
        return remoteAddress;
    }

    /** The logged-in user id, or null before login. */
    public Long userId() {
        return userId;
    }

    /** The hash of the session token this connection logged in with, or null. */
    public String sessionKey() {
        return sessionKey;
    }

    public boolean isAuthenticated() {
        return userId != null;
    }

    /** Marks the connection as logged in as {@code user} through session {@code key}. */
    public void authenticate(long user, String key) {
        this.userId = user;
        this.sessionKey = key;
        cancelLoginTimeout();
    }

    void loginTimeout(ScheduledFuture<?> task) {
        this.loginTimeout = task;
    }

    private void cancelLoginTimeout() {
        ScheduledFuture<?> task = loginTimeout;
        if (task != null) {
            task.cancel(false);
        }
    }

    /** Requests of this connection being handled now (replies not yet queued). */
    AtomicInteger inFlight() {
        return inFlight;
    }

    /** Whether everything queued for this peer has been handed to the socket. */
    synchronized boolean drained() {
        return outbound.isEmpty() && !sending;
    }

    public void logout() {
        this.userId = null;
        this.sessionKey = null;
    }

    /** Notes that something (a frame or a pong) arrived from the peer. */
    void heard() {
        lastHeardNanos = System.nanoTime();
    }

    /** Nanoseconds since anything arrived from the peer. */
    long silentNanos() {
        return System.nanoTime() - lastHeardNanos;
    }

    /** Sends a WebSocket ping; the peer's pong counts as hearing from it. */
    void ping() {
        try {
            session.getAsyncRemote().sendPing(ByteBuffer.allocate(0));
        } catch (IOException | RuntimeException e) {
            LOG.debug("ping to connection {} failed", id, e);
        }
    }

    /** Characters waiting in the outbound queue (for metrics and tests). */
    public synchronized long queuedChars() {
        return queuedChars;
    }

    Set<Long> topics() {
        return topics;
    }

    boolean isClosed() {
        return closed.get();
    }

    /**
     * Whether the connection has ended for the features: closed by either side, or condemned
     * (the idle timeout decided to drop it, even if its socket still has to be cut). A feature
     * that registers a connection (presence) checks this afterwards, so a connection ending
     * meanwhile is never left registered.
     */
    public boolean ended() {
        return ended.get();
    }

    /** Marks the connection ended; true only the first time (the close listener runs once). */
    boolean markEnded() {
        return ended.compareAndSet(false, true);
    }

    /** Queues a text frame; drops the connection if its reader has fallen too far behind. */
    void send(String text) {
        if (closed.get()) {
            return;
        }
        boolean overflow = false;
        synchronized (this) {
            if (outbound.size() >= MAX_QUEUED_FRAMES || queuedChars + text.length() > MAX_QUEUED_CHARS) {
                overflow = true;
            } else {
                outbound.addLast(text);
                queuedChars += text.length();
                if (!sending) {
                    sending = true;
                    sendNext();
                }
            }
        }
        if (overflow) {
            LOG.warn("connection {} from {} dropped: outbound queue full (max {} frames, {} chars), client not reading",
                    id, remoteAddress, MAX_QUEUED_FRAMES, MAX_QUEUED_CHARS);
            close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "too slow"));
        }
    }

    // Called with the monitor held.
    private void sendNext() {
        String next = outbound.pollFirst();
        if (next == null) {
            sending = false;
            return;
        }
        queuedChars -= next.length();
        try {
            session.getAsyncRemote().sendText(next, result -> {
                if (!result.isOK()) {
                    // a frame that did not go out may be a request's only reply: do not carry on
                    // as if nothing happened, close so the client reconnects and catches up
                    LOG.debug("send to connection {} failed", id, result.getException());
                    close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "send failed"));
                }
                synchronized (Connection.this) {
                    sendNext();
                }
            });
        } catch (RuntimeException e) {
            // the session is closing (its onClose follows); drop what is queued
            outbound.clear();
            queuedChars = 0;
            sending = false;
        }
    }

    /** Closes the WebSocket with an application close code (4000-4999) and a short reason. */
    public void close(int code, String reason) {
        close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
    }

    /** Closes the WebSocket with a reason; safe to call more than once. */
    void close(CloseReason reason) {
        cancelLoginTimeout();
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (session.isOpen()) {
                session.close(reason);
            }
        } catch (IOException | IllegalStateException e) {
            LOG.debug("closing connection {} failed", id, e);
        }
        // a peer that does not read never takes the close frame; do not let its socket linger
        try {
            timer.schedule(hardClose, HARD_CLOSE_AFTER_SECONDS, TimeUnit.SECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            hardClose.run();
        }
    }

    /** The session has closed (either side): nothing more is sent. */
    void markClosed() {
        closed.set(true);
        cancelLoginTimeout();
        synchronized (this) {
            outbound.clear();
            queuedChars = 0;
        }
    }

    @Override
    public String toString() {
        return "Connection[id=" + id + ", user=" + userId + ", from=" + remoteAddress + "]";
    }
}
