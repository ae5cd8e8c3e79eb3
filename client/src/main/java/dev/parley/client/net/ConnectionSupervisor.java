package dev.parley.client.net;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.SessionInfo;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a logged-in connection alive (spec UX-4): the policy, while {@link ServerConnection}
 * does the mechanics through a {@link Link}.
 *
 * <p><b>Reconnecting.</b> When the connection is lost ({@link #lost()}) the supervisor waits and
 * then asks the link to reopen it (connect to the same address, {@code hello}, {@code resume}
 * with the session token): the first attempt after 2 s, then after 4, 8, 16 and 30 s, and every
 * 30 s from then on, each delay lengthened by up to a tenth at random so that the clients of a
 * restarted server do not all come back in the same instant. {@link #retryNow()} ("Retry now")
 * attempts at once. A {@code session_invalid} answer to {@code resume} stops it (the user must
 * log in again: {@link Events#sessionExpired()}), and so does a new connection closed with 4003,
 * an admin's block of this address ({@link Events#addressBlocked()}). Any other failure (the
 * server unreachable, a timeout, an {@code internal} error) waits for the next attempt.
 *
 * <p><b>Heartbeat.</b> A connection can die without a close reaching us: the laptop slept, a
 * cable was pulled, a NAT forgot the mapping. Every 10 s the supervisor pings (a WebSocket ping;
 * the pong, like any frame, counts as a sign of life through {@link #received()}), and a
 * connection from which nothing arrived for 25 s is condemned and replaced. The server pings
 * too (every 10 s by default), so a healthy connection always hears something. Delays are
 * measured by the scheduler on the monotonic clock, which does not run while the computer
 * sleeps; when a heartbeat comes more than 10 s later by the wall clock than it was due, the
 * process was suspended: the supervisor pings at once and condemns the connection if nothing
 * answers within 5 s (and a wait for the next attempt ends at once).
 *
 * <p>Threads: the link's blocking work and the heartbeat run on the {@link Scheduler}'s thread;
 * {@link #lost()} and {@link #received()} come from the WebSocket container's threads, {@link
 * #retryNow()} from the UI. State changes are synchronized; the link and the events are called
 * outside the lock (a close handler may call back into {@link #lost()}).
 */
public final class ConnectionSupervisor {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSupervisor.class);
    /** The wait before the first attempt after a loss. */
    static final Duration FIRST_DELAY = Duration.ofSeconds(2);
    /** The longest wait between attempts. */
    static final Duration MAX_DELAY = Duration.ofSeconds(30);
    /** Up to this share of a delay is added at random. */
    static final double JITTER = 0.1;
    /** How often the heartbeat pings. */
    static final Duration HEARTBEAT = Duration.ofSeconds(10);
    /** Silence after which a connection counts as dead. */
    static final Duration DEAD_AFTER = Duration.ofSeconds(25);
    /** How long the ping after a wake-up may take to be answered. */
    static final Duration PROBE_WAIT = Duration.ofSeconds(5);
    /** A heartbeat this much later (wall clock) than due means the process was suspended. */
    static final Duration JUMP_TOLERANCE = Duration.ofSeconds(10);

    /** What the supervisor asks of the connection. */
    public interface Link {
        /**
         * Opens a new connection to the same server, says hello, resumes the session and puts the
         * new connection in place of the lost one. Fails with {@link ParleyException} (the
         * server's answer, e.g. {@code session_invalid}), {@link AddressBlockedException} or
         * another {@link IOException}.
         */
        SessionInfo reopen() throws IOException;

        /** Pings over the current connection; false when it is not open. */
        boolean ping();

        /** Closes the current connection as dead; its close is not reported as a new loss. */
        void condemn();
    }

    /** What the supervisor tells the chat (on the scheduler's or a container thread). */
    public interface Events {
        /** Waiting for the next attempt, due in {@code nextAttemptIn}; null while an attempt runs. */
        void reconnecting(Duration nextAttemptIn);

        /** The session was resumed on a new connection: subscriptions are gone, catch up. */
        void reconnected(SessionInfo session);

        /** The server no longer knows the session token: the user must log in again. */
        void sessionExpired();

        /** An admin blocked this address: no more attempts. */
        void addressBlocked();
    }

    /** Where the supervisor is. */
    public enum State {
        /** Not supervising yet: not logged in. */
        IDLE,
        CONNECTED,
        /** Lost; the next attempt is scheduled. */
        WAITING,
        /** An attempt is running. */
        ATTEMPTING,
        /** Closed by us, the session ended or expired, or the address was blocked. */
        STOPPED
    }

    private final Link link;
    private final Events events;
    private final Scheduler scheduler;
    private final Clock clock;
    private final DoubleSupplier random;
    private State state = State.IDLE;
    /** Attempts that failed since the connection was lost; chooses the next delay. */
    private int failures;
    private Scheduler.Task nextAttempt;
    private Scheduler.Task heartbeat;
    private Instant lastBeat;
    private volatile Instant lastReceived;

    /**
     * @param clock  the wall clock: silence is measured on it, and a heartbeat's lateness by it
     *               reveals a suspended process
     * @param random values in [0, 1) for the jitter
     */
    public ConnectionSupervisor(Link link, Events events, Scheduler scheduler, Clock clock, DoubleSupplier random) {
        this.link = link;
        this.events = events;
        this.scheduler = scheduler;
        this.clock = clock;
        this.random = random;
    }

    /** The wait before attempt number {@code failures + 1}, without jitter: 2, 4, 8, 16, 30, 30… s. */
    static Duration baseDelay(int failures) {
        long seconds = FIRST_DELAY.getSeconds() << Math.min(failures, 10);
        return seconds >= MAX_DELAY.getSeconds() ? MAX_DELAY : Duration.ofSeconds(seconds);
    }

    public synchronized State state() {
        return state;
    }

    /** The connection is logged in: supervise it from now on. */
    public synchronized void start() {
        if (state != State.IDLE) {
            return;
        }
        state = State.CONNECTED;
        lastReceived = clock.instant();
        lastBeat = lastReceived;
        heartbeat = scheduler.schedule(HEARTBEAT, this::beat);
    }

    /** Something arrived over the current connection. */
    public void received() {
        lastReceived = clock.instant();
    }

    /** The current connection closed without us closing it: reconnect. */
    public void lost() {
        Duration delay;
        synchronized (this) {
            if (state != State.CONNECTED) {
                return;
            }
            failures = 0;
            delay = waitForNextAttempt();
        }
        LOG.info("connection lost; reconnecting in {} ms", delay.toMillis());
        events.reconnecting(delay);
    }

    /** "Retry now": attempts at once when waiting for an attempt. */
    public void retryNow() {
        synchronized (this) {
            if (state != State.WAITING) {
                return;
            }
            if (nextAttempt != null) {
                nextAttempt.cancel();
            }
            nextAttempt = scheduler.schedule(Duration.ZERO, this::attempt);
        }
    }

    /** Stops supervising for good (we closed the connection, or the session ended). */
    public synchronized void stop() {
        state = State.STOPPED;
        cancelTasks();
    }

    // Inside

    /** Under the lock: schedules the next attempt after the delay for {@link #failures}. */
    private Duration waitForNextAttempt() {
        Duration base = baseDelay(failures);
        Duration delay = base.plusMillis((long) (base.toMillis() * JITTER * Math.max(0, Math.min(1, random.getAsDouble()))));
        state = State.WAITING;
        nextAttempt = scheduler.schedule(delay, this::attempt);
        return delay;
    }

    private void attempt() {
        synchronized (this) {
            if (state != State.WAITING) {
                return;
            }
            state = State.ATTEMPTING;
            nextAttempt = null;
        }
        events.reconnecting(null);
        SessionInfo session;
        try {
            session = link.reopen();
        } catch (ParleyException e) {
            if (e.code() == ErrorCode.SESSION_INVALID) {
                if (stopAfterAttempt()) {
                    LOG.info("session no longer valid; reconnecting stopped");
                    events.sessionExpired();
                }
                return;
            }
            retryLater(e);
            return;
        } catch (AddressBlockedException e) {
            if (stopAfterAttempt()) {
                LOG.info("address blocked by the server; reconnecting stopped");
                events.addressBlocked();
            }
            return;
        } catch (IOException | RuntimeException e) {
            retryLater(e);
            return;
        }
        synchronized (this) {
            if (state != State.ATTEMPTING) {
                return;
            }
            state = State.CONNECTED;
            failures = 0;
            lastReceived = clock.instant();
        }
        LOG.info("reconnected");
        events.reconnected(session);
    }

    private void retryLater(Exception cause) {
        Duration delay;
        synchronized (this) {
            if (state != State.ATTEMPTING) {
                return;
            }
            failures++;
            delay = waitForNextAttempt();
        }
        LOG.info("reconnect attempt {} failed ({}); next in {} ms", failures, cause.toString(), delay.toMillis());
        events.reconnecting(delay);
    }

    /** After an attempt that ends supervising: whether we were still attempting (not stopped meanwhile). */
    private synchronized boolean stopAfterAttempt() {
        if (state != State.ATTEMPTING) {
            return false;
        }
        state = State.STOPPED;
        cancelTasks();
        return true;
    }

    private void beat() {
        Instant now = clock.instant();
        boolean probe = false;
        boolean ping = false;
        boolean dead = false;
        boolean retry = false;
        synchronized (this) {
            if (state == State.STOPPED || state == State.IDLE) {
                return;
            }
            boolean jumped = Duration.between(lastBeat, now).compareTo(HEARTBEAT.plus(JUMP_TOLERANCE)) > 0;
            lastBeat = now;
            heartbeat = scheduler.schedule(HEARTBEAT, this::beat);
            if (state == State.CONNECTED) {
                if (jumped) {
                    probe = true;
                } else if (Duration.between(lastReceived, now).compareTo(DEAD_AFTER) > 0) {
                    dead = true;
                } else {
                    ping = true;
                }
            } else if (state == State.WAITING) {
                retry = jumped;
            }
        }
        if (probe) {
            LOG.info("the wall clock jumped (the computer slept?): checking the connection");
            link.ping();
            scheduler.schedule(PROBE_WAIT, () -> checkProbe(now));
        } else if (ping) {
            link.ping();
        } else if (dead) {
            LOG.info("nothing heard from the server for over {} s: the connection is dead", DEAD_AFTER.getSeconds());
            condemn();
        } else if (retry) {
            retryNow();
        }
    }

    private void checkProbe(Instant sentAt) {
        boolean dead;
        synchronized (this) {
            dead = state == State.CONNECTED && lastReceived.isBefore(sentAt);
        }
        if (dead) {
            LOG.info("no answer to the ping after the wake-up: the connection is dead");
            condemn();
        }
    }

    /** The current connection is dead: close it and reconnect as after a loss. */
    private void condemn() {
        Duration delay;
        synchronized (this) {
            if (state != State.CONNECTED) {
                return;
            }
            failures = 0;
            delay = waitForNextAttempt();
        }
        link.condemn();
        events.reconnecting(delay);
    }

    private void cancelTasks() {
        if (nextAttempt != null) {
            nextAttempt.cancel();
            nextAttempt = null;
        }
        if (heartbeat != null) {
            heartbeat.cancel();
            heartbeat = null;
        }
    }
}
