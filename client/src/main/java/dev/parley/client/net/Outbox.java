package dev.parley.client.net;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.model.PendingMessage;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.MessageInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Messages written while the connection was lost, or whose {@code send} failed with a connection
 * error (spec UX-4). They wait here in the order they were written, shown as pending, and are
 * sent one after another, each with the client message id it got when it was written: the
 * server stores a message once per id, so a message whose first attempt was stored after all
 * (only its reply was lost) comes back as the stored one instead of a duplicate. The stored
 * message from the reply goes to {@code onSent}, which puts it in the room's list (deduplicated
 * by id with any push or page that brought it first) and takes the pending row away.
 *
 * <p>Sending starts when a message is added while connected, on {@link #reconnected()}, and on
 * {@link #tick()} once a wait has passed: after a connection error (or an {@code internal} or
 * {@code too_many_requests} answer) 5 s, after {@code slowmode} or {@code rate_limited} the
 * seconds the server named; the same message, with the same id, goes first then, so the order
 * holds. Any other refusal (a mute, a closed room, a ban) marks the message failed with the
 * server's reason; the ones after it go on, and the user retries (same id again) or deletes it.
 *
 * <p>The outbox lives as long as the chat window: it does not survive logging out or quitting
 * the application (nothing of a message is written to disk before the server has it). One
 * message is in flight at a time. UI thread only.
 */
public final class Outbox {
    /** The wait after a connection error before the outbox tries again on a connection that seems up. */
    static final Duration RETRY_AFTER_CONNECTION_ERROR = Duration.ofSeconds(5);

    private final ObservableList<PendingMessage> items = FXCollections.observableArrayList();
    private final ObservableList<PendingMessage> readOnly = FXCollections.unmodifiableObservableList(items);
    private final ChatService service;
    private final TaskExecutor executor;
    private final Clock clock;
    private final BooleanSupplier connected;
    private final Consumer<MessageInfo> onSent;
    private PendingMessage inFlight;
    /** No send before this time (a slowmode, a rate limit, a connection error), or null. */
    private Instant notBefore;

    /**
     * @param connected whether the connection is up now
     * @param onSent    receives each stored message, on the UI thread
     */
    public Outbox(ChatService service, TaskExecutor executor, Clock clock, BooleanSupplier connected,
                  Consumer<MessageInfo> onSent) {
        this.service = service;
        this.executor = executor;
        this.clock = clock;
        this.connected = connected;
        this.onSent = onSent;
    }

    /**
     * Whether a failure means the connection did not carry the request (lost, closed, timed
     * out), as opposed to the server refusing it: an {@link IOException} somewhere in its causes
     * and no server error code.
     */
    public static boolean isConnectionError(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ParleyException) {
                return false;
            }
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return true;
            }
        }
        return false;
    }

    /** The pending messages of every room, in the order they were written. */
    public ObservableList<PendingMessage> items() {
        return readOnly;
    }

    /** Whether a message waits to be sent (not counting failed ones): a new one goes behind it. */
    public boolean hasWaiting() {
        return items.stream().anyMatch(m -> m.status() == PendingMessage.Status.WAITING);
    }

    /** Queues a message behind the others, and sends when connected. */
    public void add(PendingMessage message) {
        items.add(message);
        flush();
    }

    /** The session was resumed: send what waits, now. */
    public void reconnected() {
        notBefore = null;
        flush();
    }

    /** Sends the next message once a wait has passed (the chat calls it every quarter second). */
    public void tick() {
        flush();
    }

    /** Sends a refused message again, with the same client message id. */
    public void retry(PendingMessage message) {
        if (items.contains(message) && message.status() == PendingMessage.Status.FAILED) {
            message.waiting();
            flush();
        }
    }

    /** Forgets a refused message. */
    public void discard(PendingMessage message) {
        if (message.status() == PendingMessage.Status.FAILED) {
            items.remove(message);
        }
    }

    private void flush() {
        if (inFlight != null || !connected.getAsBoolean()) {
            return;
        }
        Instant now = clock.instant();
        if (notBefore != null && now.isBefore(notBefore)) {
            return;
        }
        notBefore = null;
        PendingMessage next = items.stream().filter(m -> m.status() == PendingMessage.Status.WAITING).findFirst().orElse(null);
        if (next == null) {
            return;
        }
        inFlight = next;
        executor.run(() -> service.send(next.room(), next.clientMessageId(), next.text(), next.anonymous(), next.replyTo(),
                next.attachment()), stored -> {
            inFlight = null;
            items.remove(next);
            onSent.accept(stored);
            flush();
        }, failure -> {
            inFlight = null;
            if (isConnectionError(failure) || failure instanceof ParleyException pe
                    && (pe.code() == ErrorCode.INTERNAL || pe.code() == ErrorCode.TOO_MANY_REQUESTS)) {
                // The reconnect (or the wait) sends it again, with the same id.
                notBefore = clock.instant().plus(RETRY_AFTER_CONNECTION_ERROR);
            } else if (failure instanceof ParleyException pe
                    && (pe.code() == ErrorCode.SLOWMODE || pe.code() == ErrorCode.RATE_LIMITED)) {
                notBefore = clock.instant().plusSeconds(retryAfter(pe));
            } else {
                next.failed(ErrorTexts.of(failure, false));
                flush();
            }
        });
    }

    private static int retryAfter(ParleyException e) {
        try {
            return Math.max(1, Integer.parseInt(e.params().getOrDefault("retryAfterSeconds", "1")));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }
}
