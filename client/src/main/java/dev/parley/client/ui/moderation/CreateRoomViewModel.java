package dev.parley.client.ui.moderation;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.model.RoomInfo;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "new room" dialog: a name and a topic, sent as {@code create_room}; the user owns
 * the room. Refusals are shown translated; {@code banned} here means the user is barred from
 * opening rooms, which gets its own text. A success hands the room to {@code onCreated}.
 */
public final class CreateRoomViewModel {
    /** The server said {@code banned}: this user may not open rooms now. */
    public static final String BARRED = "room.create.error.barred";
    /** No name entered. */
    public static final String NAME_MISSING = "room.create.error.name_missing";

    // Properties
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty topic = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    private final ChatService service;
    private final TaskExecutor executor;
    private final Consumer<RoomInfo> onCreated;

    public CreateRoomViewModel(ChatService service, TaskExecutor executor, Consumer<RoomInfo> onCreated) {
        this.service = service;
        this.executor = executor;
        this.onCreated = onCreated;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty topicProperty() {
        return topic;
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

    /** Opens the room; does nothing while a request is on its way. */
    public void create() {
        if (busy.get()) {
            return;
        }
        String roomName = name.get() == null ? "" : name.get().strip();
        if (roomName.isEmpty()) {
            error.set(UiText.of(NAME_MISSING));
            return;
        }
        String roomTopic = topic.get() == null || topic.get().isBlank() ? null : topic.get().strip();
        busy.set(true);
        error.set(null);
        executor.run(() -> service.request(id -> new CreateRoom(id, roomName, roomTopic)), room -> {
            busy.set(false);
            onCreated.accept(room);
            done.set(true);
        }, e -> {
            busy.set(false);
            error.set(e instanceof ParleyException pe && pe.code() == ErrorCode.BANNED ? UiText.of(BARRED) : ErrorTexts.of(e, false));
        });
    }
}
