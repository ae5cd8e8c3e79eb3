package dev.parley.client.ui.chat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.media.AttachmentTray;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.EditMessage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.LongToIntFunction;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The composer at the bottom of the chat: the text being written, and what sending it does.
 * Sending (with the attachment, the quote, anonymously; resends and slowmode) is
 * {@link ComposerSender}'s; this class holds the modes around it.
 *
 * <ul>
 * <li><b>Edit mode</b> (spec M-4, UX-3): Up in an empty composer edits the user's last message
 * in the window ({@link #editLast()}), the message menu edits any of theirs. The text becomes
 * the message's; the draft waits. Enter saves with {@code edit} (an unchanged text saves
 * nothing), Escape cancels; both bring the draft back. A refused edit stays in edit mode with
 * the error.</li>
 * <li><b>Reply mode</b> (M-12): a quote of the message answered is shown above the text until
 * the message is sent or the quote is dismissed.</li>
 * <li><b>Anonymous</b> (M-7): a checkbox in public rooms only (not in private chats). It is kept
 * per room until a message is sent with it, then it is unchecked again: each anonymous message is
 * a choice, never a leftover setting.</li>
 * <li><b>Attachment</b> (M-10, M-11): the {@link AttachmentTray}'s item goes with the next
 * message, which may then have no text.</li>
 * </ul>
 * Whitespace-only text without an attachment is not sent.
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
    private final ReadOnlyBooleanWrapper writable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sendable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<MessageItem> editing = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<MessageItem> replyingTo = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty anonymous = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper anonymousAllowed = new ReadOnlyBooleanWrapper(false);

    private final ChatService service;
    private final TaskExecutor executor;
    private final LongSupplier currentRoom;
    private final ComposerSender sender;
    private Supplier<MessageItem> lastOwn = () -> null;
    private Consumer<MessageInfo> onEdited = m -> { };
    /** The text written before edit mode began, given back when it ends. */
    private String draft = "";
    /** The rooms whose anonymous checkbox is checked (until a message is sent with it). */
    private final Set<Long> anonymousRooms = new HashSet<>();
    private long room = -1;

    /**
     * @param currentRoom the id of the room messages go to, or a value below 1 when none is open
     * @param onSent      receives our own stored message (from the reply), on the UI thread
     */
    public ComposerViewModel(ChatService service, TaskExecutor executor, LongSupplier currentRoom,
                             Consumer<MessageInfo> onSent) {
        this(service, executor, currentRoom, onSent, r -> 0, Clock.systemUTC());
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
        this.sender = new ComposerSender(service, executor, slowmodeOf, clock, currentRoom, stored -> {
            if (stored.isAnonymousPost()) {
                anonymousRooms.remove(stored.room());
                if (stored.room() == room) {
                    anonymous.set(false);
                }
            }
            onSent.accept(stored);
        }, this::sendFailed);
        text.addListener((obs, old, now) -> {
            if (now != null && !now.isEmpty()) {
                error.set(null);
            }
        });
        anonymous.addListener((obs, old, now) -> {
            if (room > 0 && now) {
                anonymousRooms.add(room);
            } else {
                anonymousRooms.remove(room);
            }
        });
        writable.bind(available.and(lock.isNull()));
        sendable.bind(writable.and(sender.holdingProperty().not()).and(saving.not()));
    }

    /**
     * Where edits go: {@code lastOwn} gives the user's last editable message in the window (for
     * Up), {@code onEdited} receives the message as stored after an edit.
     */
    public void setEditing(Supplier<MessageItem> lastOwn, Consumer<MessageInfo> onEdited) {
        this.lastOwn = lastOwn;
        this.onEdited = onEdited;
    }

    /** The attachment that goes with the next message (the media layer's tray), or null for none. */
    public void setTray(AttachmentTray tray) {
        sender.setTray(tray);
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

    /** Whether sending is possible now: writable, no message held for slowmode, no edit being saved. */
    public ReadOnlyBooleanProperty sendableProperty() {
        return sendable.getReadOnlyProperty();
    }

    /** Seconds until the open room's slowmode lets us post again, 0 when we may. */
    public ReadOnlyIntegerProperty countdownProperty() {
        return sender.countdownProperty();
    }

    /** The countdown as shown ("Slowmode: 7 s"), or null when there is none. */
    public ReadOnlyObjectProperty<UiText> countdownTextProperty() {
        return sender.countdownTextProperty();
    }

    /** Whether a message refused for slowmode waits to be sent again. */
    public ReadOnlyBooleanProperty holdingProperty() {
        return sender.holdingProperty();
    }

    /** The message being edited, or null when writing a new one. */
    public ReadOnlyObjectProperty<MessageItem> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /** The message the next one replies to, or null. */
    public ReadOnlyObjectProperty<MessageItem> replyingToProperty() {
        return replyingTo.getReadOnlyProperty();
    }

    /** Whether the next message is posted anonymously; only offered where {@link #anonymousAllowedProperty()}. */
    public BooleanProperty anonymousProperty() {
        return anonymous;
    }

    /** Whether the open room takes anonymous messages: public rooms, not private chats. */
    public ReadOnlyBooleanProperty anonymousAllowedProperty() {
        return anonymousAllowed.getReadOnlyProperty();
    }

    // Commands

    /** The chat opened {@code info} (or none): edit and reply end, the room's checkbox comes back. */
    public void roomChanged(RoomInfo info) {
        long id = info == null ? -1 : info.id();
        if (id != room) {
            // Edits and quotes belong to the room they were started in.
            if (editing.get() != null) {
                cancelEdit();
            }
            replyingTo.set(null);
        }
        room = id;
        anonymousAllowed.set(info != null && !RoomInfo.PRIVATE.equals(info.kind()));
        anonymous.set(anonymousAllowed.get() && anonymousRooms.contains(room));
        tick();
    }

    /** Enter: saves the edit in edit mode, else sends the message. */
    public void send() {
        if (editing.get() != null) {
            saveEdit();
            return;
        }
        String message = text.get() == null ? "" : text.get();
        long target = currentRoom.getAsLong();
        boolean withAttachment = sender.hasAttachment();
        if ((message.isBlank() && !withAttachment) || !sendable.get() || target < 1) {
            return;
        }
        MessageItem quoted = replyingTo.get();
        boolean anon = anonymousAllowed.get() && anonymous.get();
        text.set("");
        replyingTo.set(null);
        error.set(null);
        sender.send(target, message.isBlank() ? "" : message, anon, quoted);
    }

    /** Up in the composer: edits the user's last message when the composer is empty. Returns whether it did. */
    public boolean editLast() {
        if (editing.get() != null || (text.get() != null && !text.get().isEmpty()) || !writable.get()) {
            return false;
        }
        MessageItem last = lastOwn.get();
        if (last == null) {
            return false;
        }
        startEdit(last);
        return true;
    }

    /** Edits {@code message} (one of ours): its text replaces the draft until the edit ends. */
    public void startEdit(MessageItem message) {
        if (message == null || !message.mine() || message.deleted() || !writable.get()) {
            return;
        }
        if (editing.get() == null) {
            draft = text.get() == null ? "" : text.get();
        }
        editing.set(message);
        error.set(null);
        text.set(message.text());
    }

    /** Escape: ends edit mode (the draft comes back), else dismisses the quote, else the error. */
    public void escape() {
        if (editing.get() != null) {
            cancelEdit();
        } else if (replyingTo.get() != null) {
            replyingTo.set(null);
        } else {
            error.set(null);
        }
    }

    /** Leaves edit mode without saving. */
    public void cancelEdit() {
        editing.set(null);
        saving.set(false);
        text.set(draft);
        draft = "";
        error.set(null);
    }

    /** The next message replies to {@code message} (ends edit mode). */
    public void replyTo(MessageItem message) {
        if (message == null || message.deleted()) {
            return;
        }
        if (editing.get() != null) {
            cancelEdit();
        }
        replyingTo.set(message);
    }

    public void cancelReply() {
        replyingTo.set(null);
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
        sender.tick();
    }

    private void saveEdit() {
        MessageItem message = editing.get();
        String now = text.get() == null ? "" : text.get();
        if (saving.get() || !writable.get()) {
            return;
        }
        if (now.equals(message.text())) {
            cancelEdit();
            return;
        }
        saving.set(true);
        executor.run(() -> service.request(id -> new EditMessage(id, message.id(), now)), stored -> {
            if (editing.get() == message) {
                onEdited.accept(stored);
                cancelEdit();
            } else {
                onEdited.accept(stored);
            }
        }, failure -> {
            saving.set(false);
            if (editing.get() == message) {
                error.set(ErrorTexts.of(failure, false));
            }
        });
    }

    /** A send failed for good: the text and quote come back when the composer is still empty. */
    private void sendFailed(ComposerSender.Outgoing message, Throwable failure) {
        // Restore first: editing the text clears the error, so the error goes last.
        if (text.get().isEmpty() && editing.get() == null) {
            text.set(message.text());
            if (message.quoted() != null && message.room() == room) {
                replyingTo.set(message.quoted());
            }
            sender.keepForResend(message);
        }
        error.set(ErrorTexts.of(failure, false));
    }
}
