package dev.parley.client.ui.moderation;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.model.RoomInfo;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The room settings dialog of a user room's owner and admins: topic, slowmode seconds
 * (0 .. 86,400) and closed. Only what changed is sent, as one {@code update_room}; a success
 * hands the changed room to {@code onSaved}.
 */
public final class RoomSettingsViewModel {
    // Properties
    private final StringProperty topic = new SimpleStringProperty();
    private final IntegerProperty slowmodeSeconds = new SimpleIntegerProperty();
    private final BooleanProperty closed = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    private final ChatService service;
    private final TaskExecutor executor;
    private final RoomInfo room;
    private final Consumer<RoomInfo> onSaved;

    public RoomSettingsViewModel(ChatService service, TaskExecutor executor, RoomInfo room, Consumer<RoomInfo> onSaved) {
        this.service = service;
        this.executor = executor;
        this.room = room;
        this.onSaved = onSaved;
        topic.set(room.topic() == null ? "" : room.topic());
        slowmodeSeconds.set(room.slowmodeSeconds());
        closed.set(room.closed());
    }

    public RoomInfo room() {
        return room;
    }

    public StringProperty topicProperty() {
        return topic;
    }

    public IntegerProperty slowmodeSecondsProperty() {
        return slowmodeSeconds;
    }

    public BooleanProperty closedProperty() {
        return closed;
    }

    /** Set once the command succeeded: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    // Commands

    /** Sends what changed; with nothing changed, reports success at once. */
    public void save() {
        if (busy.get()) {
            return;
        }
        String newTopic = topic.get() == null ? "" : topic.get().strip();
        String oldTopic = room.topic() == null ? "" : room.topic();
        int seconds = Math.max(0, Math.min(Limits.MAX_SLOWMODE_SECONDS, slowmodeSeconds.get()));
        String sendTopic = Objects.equals(newTopic, oldTopic) ? null : newTopic;
        Integer sendSlowmode = seconds == room.slowmodeSeconds() ? null : seconds;
        Boolean sendClosed = closed.get() == room.closed() ? null : closed.get();
        if (sendTopic == null && sendSlowmode == null && sendClosed == null) {
            onSaved.accept(room);
            done.set(true);
            return;
        }
        busy.set(true);
        error.set(null);
        executor.run(() -> service.request(id -> new UpdateRoom(id, room.id(), sendTopic, sendSlowmode, sendClosed)), changed -> {
            busy.set(false);
            onSaved.accept(changed);
            done.set(true);
        }, e -> {
            busy.set(false);
            // Reopening while barred from opening rooms is refused as banned (kind no_rooms).
            error.set(e instanceof ParleyException pe && pe.code() == ErrorCode.BANNED
                    ? UiText.of(CreateRoomViewModel.BARRED) : ErrorTexts.of(e, false));
        });
    }
}
