package dev.parley.client.ui.chat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.MessageInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.LongToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The composer at the bottom of the chat: the text being written and the send command.
 * Whitespace-only text is not sent. The text is cleared as soon as it is sent so the user can
 * write on; if the server refuses it (for example {@code text_too_long}) the error is shown and
 * the text comes back when the composer is still empty. The sender gets no push for its own
 * message, so the stored message from the reply is handed to {@code onSent}.
 *
 * <p>A failed send may still have been stored (the reply was lost or timed out), so the
 * restored text keeps its client message id: sending the same text to the same room again
 * reuses it, and the server answers with the stored message instead of storing a duplicate.
 * Changed text, or another room, gets a new id.
 *
 * <p>Slowmode (MOD-8): a message refused with {@code slowmode} is held and sent again, with the
 * same client message id, when the cooldown the server named has passed; after a successful send
 * in a slowmode room the cooldown is counted down too. Time comes from the injected clock and
 * the countdown advances only on {@link #tick()} (the view calls it from a timeline), so tests
 * drive it without sleeping. One message is held at a time: sending is off until it has gone.
 *
 * <p>The chat may lock the composer ({@link #lock}): a closed room, or a mute. Then the text
 * area is disabled and the lock's text says why.
 */
public final class ComposerViewModel {
    // Properties
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty available = new SimpleBooleanProperty(false);
    private final ObjectProperty<UiText> error = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<UiText> lock = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lockReason = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper countdown = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<UiText> countdownText = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper holding = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper writable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sendable = new ReadOnlyBooleanWrapper(false);

    private final ChatService service;
    private final TaskExecutor executor;
    private final LongSupplier currentRoom;
    private final Consumer<MessageInfo> onSent;
    private final LongToIntFunction slowmodeOf;
    private final Clock clock;
    /** The last failed send, whose id a resend of the same text reuses; null when none. */
    private Pending pending;
    /** A message the server refused for slowmode, sent again when its room's cooldown ends; null when none. */
    private Pending held;
    /** When each room's slowmode cooldown ends for us. */
    private final Map<Long, Instant> cooldownEnds = new HashMap<>();

    /**
     * @param currentRoom the id of the room messages go to, or a value below 1 when none is open
     * @param onSent      receives our own stored message (from the reply), on the UI thread
     */
    public ComposerViewModel(ChatService service, TaskExecutor executor, LongSupplier currentRoom,
                             Consumer<MessageInfo> onSent) {
        this(service, executor, currentRoom, onSent, room -> 0, Clock.systemUTC());
    }

    /**
     * @param slowmodeOf the cooldown in seconds that applies to us in a room after a message, 0
     *                   when the room has none or we are exempt
     * @param clock      the time the countdown is measured in
     */
    public ComposerViewModel(ChatService service, TaskExecutor executor, LongSupplier currentRoom,
                             Consumer<MessageInfo> onSent, LongToIntFunction slowmodeOf, Clock clock) {
        this.service = service;
        this.executor = executor;
        this.currentRoom = currentRoom;
        this.onSent = onSent;
        this.slowmodeOf = slowmodeOf;
        this.clock = clock;
        text.addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                error.set(null);
            }
        });
        writable.bind(available.and(lock.isNull()));
        sendable.bind(writable.and(holding.not()));
        countdownText.bind(Bindings.createObjectBinding(() -> countdown.get() <= 0 ? null
                : holding.get() ? UiText.of("slowmode.held", countdown.get()) : UiText.of("slowmode.countdown", countdown.get()),
                countdown, holding));
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Whether a room is open and the connection is up (bound by the chat). */
    public BooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error;
    }

    /** Why nothing can be written here (closed room, mute), or null. */
    public ReadOnlyObjectProperty<UiText> lockProperty() {
        return lock.getReadOnlyProperty();
    }

    /** The moderator's reason for the lock, as they wrote it, or null. */
    public ReadOnlyStringProperty lockReasonProperty() {
        return lockReason.getReadOnlyProperty();
    }

    /** Whether the text area takes input: available and not locked. */
    public ReadOnlyBooleanProperty writableProperty() {
        return writable.getReadOnlyProperty();
    }

    /** Whether sending is possible now: writable and no message held for slowmode. */
    public ReadOnlyBooleanProperty sendableProperty() {
        return sendable.getReadOnlyProperty();
    }

    /** Seconds until the open room's slowmode lets us post again, 0 when we may. */
    public ReadOnlyIntegerProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    /** The countdown as shown ("Slowmode: 7 s"), or null when there is none. */
    public ReadOnlyObjectProperty<UiText> countdownTextProperty() {
        return countdownText.getReadOnlyProperty();
    }

    /** Whether a message refused for slowmode waits to be sent again. */
    public ReadOnlyBooleanProperty holdingProperty() {
        return holding.getReadOnlyProperty();
    }

    // Commands

    /** Sends the text to the open room; does nothing for blank text or when it cannot be sent. */
    public void send() {
        String message = text.get();
        long room = currentRoom.getAsLong();
        if (message == null || message.isBlank() || !sendable.get() || room < 1) {
            return;
        }
        Pending retry = pending;
        UUID clientMessageId = retry != null && retry.room() == room && retry.text().equals(message)
                ? retry.clientMessageId() : UUID.randomUUID();
        pending = null;
        text.set("");
        error.set(null);
        submit(new Pending(room, message, clientMessageId));
    }

    /** Clears the shown error (Escape). */
    public void dismissError() {
        error.set(null);
    }

    /**
     * Locks the composer with {@code why} (and the moderator's {@code reason}), or unlocks it when
     * {@code why} is null.
     */
    public void lock(UiText why, String reason) {
        lock.set(why);
        lockReason.set(why == null ? null : reason);
    }

    /**
     * Advances the countdown to the clock's time, and sends a held message once its room's
     * cooldown has ended. Also called when the open room changes.
     */
    public void tick() {
        Instant now = clock.instant();
        cooldownEnds.values().removeIf(end -> !end.isAfter(now));
        Pending h = held;
        if (h != null && !cooldownEnds.containsKey(h.room())) {
            held = null;
            holding.set(false);
            submit(h);
        }
        Instant end = cooldownEnds.get(currentRoom.getAsLong());
        countdown.set(end == null ? 0 : (int) Math.max(1, (Duration.between(now, end).toMillis() + 999) / 1000));
    }

    private void submit(Pending message) {
        executor.run(() -> service.send(message.room(), message.clientMessageId(), message.text()),
                stored -> {
                    startCooldown(message.room(), slowmodeOf.applyAsInt(message.room()));
                    onSent.accept(stored);
                },
                failure -> {
                    if (failure instanceof ParleyException pe && pe.code() == ErrorCode.SLOWMODE && held == null) {
                        hold(message, pe);
                        return;
                    }
                    // Restore first: editing the text clears the error, so the error goes last.
                    if (text.get().isEmpty()) {
                        text.set(message.text());
                        pending = message;
                    }
                    error.set(ErrorTexts.of(failure, false));
                });
    }

    /** Keeps a message refused for slowmode until the cooldown the server named has passed. */
    private void hold(Pending message, ParleyException refusal) {
        held = message;
        holding.set(true);
        startCooldown(message.room(), retryAfter(refusal));
    }

    private void startCooldown(long room, int seconds) {
        if (seconds > 0) {
            cooldownEnds.put(room, clock.instant().plusSeconds(seconds));
        }
        tick();
    }

    private static int retryAfter(ParleyException e) {
        try {
            return Math.max(1, Integer.parseInt(e.params().getOrDefault("retryAfterSeconds", "1")));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** A send: where it went, its text and the id the server may have stored it under. */
    private record Pending(long room, String text, UUID clientMessageId) {
    }
}
