package dev.parley.client.ui.chat;

import dev.parley.client.i18n.UiText;
import dev.parley.client.media.AttachmentTray;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.LongToIntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Sends the composer's messages: text, the anonymous flag, the quoted message and the
 * attachment, which is uploaded through the {@link AttachmentTray} off the UI thread just before
 * the {@code send} and cleared from the tray once the message is stored. The sender gets no push
 * for its own message, so the stored message from the reply goes to {@code onSent}.
 *
 * <p>Exactly once: a failed send may still have been stored (the reply was lost or timed out), so
 * a failed message is kept ({@link #keepForResend}) with its client message id and its uploaded
 * attachment: sending the same text, flag and quote to the same room again reuses the id (the
 * server answers with the stored message instead of storing a duplicate) and, while the tray
 * still holds an item, the attachment instead of uploading it again. Anything changed gets a new
 * id.
 *
 * <p>Slowmode (MOD-8): a message refused with {@code slowmode} is held and sent again, with the
 * same client message id, when the cooldown the server named has passed; after a successful send
 * in a slowmode room the cooldown is counted down too. Time comes from the injected clock and the
 * countdown advances only on {@link #tick()}, so tests drive it without sleeping. One message is
 * held at a time: sending is off until it has gone.
 */
final class ComposerSender {
    private final ReadOnlyIntegerWrapper countdown = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<UiText> countdownText = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper holding = new ReadOnlyBooleanWrapper(false);
    private final ChatService service;
    private final TaskExecutor executor;
    private final LongToIntFunction slowmodeOf;
    private final Clock clock;
    private final LongSupplier currentRoom;
    private final Consumer<MessageInfo> onSent;
    private final BiConsumer<Outgoing, Throwable> onFailed;
    private AttachmentTray tray;
    /** The last failed message, whose id a resend of the same message reuses; null when none. */
    private Outgoing pending;
    /** A message the server refused for slowmode, sent again when its room's cooldown ends; null when none. */
    private Outgoing held;
    /** When each room's slowmode cooldown ends for us. */
    private final Map<Long, Instant> cooldownEnds = new HashMap<>();

    /**
     * One message on its way: where it goes, what it says, the id the server may have stored it
     * under, and the attachment once uploaded ({@code withTray}: the tray's item goes with it).
     */
    record Outgoing(long room, String text, UUID clientMessageId, boolean anonymous, MessageItem quoted,
                    boolean withTray, Attachment attachment) {
        Outgoing uploaded(Attachment a) {
            return new Outgoing(room, text, clientMessageId, anonymous, quoted, withTray, a);
        }

        Long replyTo() {
            return quoted == null ? null : quoted.id();
        }
    }

    ComposerSender(ChatService service, TaskExecutor executor, LongToIntFunction slowmodeOf, Clock clock,
                   LongSupplier currentRoom, Consumer<MessageInfo> onSent, BiConsumer<Outgoing, Throwable> onFailed) {
        this.service = service;
        this.executor = executor;
        this.slowmodeOf = slowmodeOf;
        this.clock = clock;
        this.currentRoom = currentRoom;
        this.onSent = onSent;
        this.onFailed = onFailed;
        countdownText.bind(Bindings.createObjectBinding(() -> countdown.get() <= 0 ? null
                : holding.get() ? UiText.of("slowmode.held", countdown.get()) : UiText.of("slowmode.countdown", countdown.get()),
                countdown, holding));
    }

    void setTray(AttachmentTray tray) {
        this.tray = tray;
    }

    /** Whether the tray holds an item for the next message. */
    boolean hasAttachment() {
        return tray != null && !tray.emptyProperty().get();
    }

    ReadOnlyIntegerProperty countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<UiText> countdownTextProperty() {
        return countdownText.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty holdingProperty() {
        return holding.getReadOnlyProperty();
    }

    /** Sends a message, reusing the id (and upload) of the last failed one when it is the same message. */
    void send(long room, String text, boolean anonymous, MessageItem quoted) {
        Outgoing retry = pending;
        pending = null;
        boolean withTray = hasAttachment();
        boolean same = retry != null && retry.room() == room && retry.text().equals(text) && retry.anonymous() == anonymous
                && Objects.equals(retry.replyTo(), quoted == null ? null : quoted.id()) && retry.withTray() == withTray;
        UUID id = same ? retry.clientMessageId() : UUID.randomUUID();
        submit(new Outgoing(room, text, id, anonymous, quoted, withTray, same ? retry.attachment() : null));
    }

    /** Keeps a failed message so that sending it again reuses its client message id. */
    void keepForResend(Outgoing message) {
        pending = message;
    }

    /**
     * Advances the countdown to the clock's time, and sends a held message once its room's
     * cooldown has ended.
     */
    void tick() {
        Instant now = clock.instant();
        cooldownEnds.values().removeIf(end -> !end.isAfter(now));
        Outgoing h = held;
        if (h != null && !cooldownEnds.containsKey(h.room())) {
            held = null;
            holding.set(false);
            submit(h);
        }
        Instant end = cooldownEnds.get(currentRoom.getAsLong());
        countdown.set(end == null ? 0 : (int) Math.max(1, (Duration.between(now, end).toMillis() + 999) / 1000));
    }

    private void submit(Outgoing message) {
        AttachmentTray from = message.withTray() ? tray : null;
        AtomicReference<Attachment> uploaded = new AtomicReference<>(message.attachment());
        executor.run(() -> {
            if (uploaded.get() == null && from != null) {
                uploaded.set(from.upload());
            }
            Attachment a = uploaded.get();
            return service.send(message.room(), message.clientMessageId(), message.text(), message.anonymous(),
                    message.replyTo(), a == null ? null : a.id());
        }, stored -> {
            if (from != null) {
                from.clear();
            }
            startCooldown(message.room(), slowmodeOf.applyAsInt(message.room()));
            onSent.accept(stored);
        }, failure -> {
            Outgoing after = message.uploaded(uploaded.get());
            if (failure instanceof ParleyException pe && pe.code() == ErrorCode.SLOWMODE && held == null) {
                hold(after, pe);
                return;
            }
            onFailed.accept(after, failure);
        });
    }

    /** Keeps a message refused for slowmode until the cooldown the server named has passed. */
    private void hold(Outgoing message, ParleyException refusal) {
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
}
