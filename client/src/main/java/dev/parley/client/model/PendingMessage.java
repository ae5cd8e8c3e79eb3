package dev.parley.client.model;

import dev.parley.client.i18n.UiText;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A message written but not stored yet (spec UX-4): written while the connection was lost, or
 * whose {@code send} failed with a connection error. It waits in the outbox, shown greyed with a
 * clock below the room's messages, and goes out on reconnect with the client message id it was
 * given when it was written, so the server stores it once whatever happened to earlier attempts.
 * A server refusal (a mute, a closed room) marks it failed with the reason, until the user
 * retries or deletes it. Mutated on the UI thread only.
 */
public final class PendingMessage {
    /** Where a pending message is. */
    public enum Status {
        /** Waits for the connection or its turn (or is being sent). */
        WAITING,
        /** The server refused it: shown with its error, Retry and Delete. */
        FAILED
    }

    private final long room;
    private final String text;
    private final UUID clientMessageId;
    private final boolean anonymous;
    private final Long replyTo;
    private final String attachment;
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(Status.WAITING);
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    /**
     * @param replyTo    the quoted message's id, or null
     * @param attachment the content id of an upload already finished, or null
     */
    public PendingMessage(long room, String text, UUID clientMessageId, boolean anonymous, Long replyTo, String attachment) {
        this.room = room;
        this.text = text;
        this.clientMessageId = clientMessageId;
        this.anonymous = anonymous;
        this.replyTo = replyTo;
        this.attachment = attachment;
    }

    public long room() {
        return room;
    }

    public String text() {
        return text;
    }

    public UUID clientMessageId() {
        return clientMessageId;
    }

    public boolean anonymous() {
        return anonymous;
    }

    public Long replyTo() {
        return replyTo;
    }

    public String attachment() {
        return attachment;
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public Status status() {
        return status.get();
    }

    /** Why the server refused it, or null. */
    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The server refused it. */
    public void failed(UiText why) {
        error.set(why);
        status.set(Status.FAILED);
    }

    /** Waits to be sent (again). */
    public void waiting() {
        error.set(null);
        status.set(Status.WAITING);
    }

    @Override
    public String toString() {
        return "PendingMessage[room=" + room + ", " + clientMessageId + ", " + status.get() + "]";
    }
}
