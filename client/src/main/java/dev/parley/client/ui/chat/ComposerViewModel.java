package dev.parley.client.ui.chat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.model.MessageInfo;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
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
 */
public final class ComposerViewModel {
    // Properties
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty available = new SimpleBooleanProperty(false);
    private final ObjectProperty<UiText> error = new SimpleObjectProperty<>();

    private final ChatService service;
    private final TaskExecutor executor;
    private final LongSupplier currentRoom;
    private final Consumer<MessageInfo> onSent;
    /** The last failed send, whose id a resend of the same text reuses; null when none. */
    private Pending pending;

    /**
     * @param currentRoom the id of the room messages go to, or a value below 1 when none is open
     * @param onSent      receives our own stored message (from the reply), on the UI thread
     */
    public ComposerViewModel(ChatService service, TaskExecutor executor, LongSupplier currentRoom,
                             Consumer<MessageInfo> onSent) {
        this.service = service;
        this.executor = executor;
        this.currentRoom = currentRoom;
        this.onSent = onSent;
        text.addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                error.set(null);
            }
        });
    }

    public StringProperty textProperty() {
        return text;
    }

    /** Whether sending is possible now (a room is open and the connection is up). */
    public BooleanProperty availableProperty() {
        return available;
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error;
    }

    // Commands

    /** Sends the text to the open room; does nothing for blank text or when unavailable. */
    public void send() {
        String message = text.get();
        long room = currentRoom.getAsLong();
        if (message == null || message.isBlank() || !available.get() || room < 1) {
            return;
        }
        Pending retry = pending;
        UUID clientMessageId = retry != null && retry.room() == room && retry.text().equals(message)
                ? retry.clientMessageId() : UUID.randomUUID();
        pending = null;
        text.set("");
        error.set(null);
        executor.run(() -> service.send(room, clientMessageId, message),
                onSent::accept,
                failure -> {
                    // Restore first: editing the text clears the error, so the error goes last.
                    if (text.get().isEmpty()) {
                        text.set(message);
                        pending = new Pending(room, message, clientMessageId);
                    }
                    error.set(ErrorTexts.of(failure, false));
                });
    }

    /** Clears the shown error (Escape). */
    public void dismissError() {
        error.set(null);
    }

    /** A send that failed: where it went, its text and the id the server may have stored it under. */
    private record Pending(long room, String text, UUID clientMessageId) {
    }
}
