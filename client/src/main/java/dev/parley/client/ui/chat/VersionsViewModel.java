package dev.parley.client.ui.chat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.MessageVersions;
import dev.parley.protocol.model.MessageVersion;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The edit history of one message (spec M-4): every version with its time, oldest (the original)
 * first, as the server's {@code versions} answers to anyone who may read the room.
 */
public final class VersionsViewModel {
    private final ObservableList<MessageVersion> versions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final ChatService service;
    private final TaskExecutor executor;
    private final long message;

    public VersionsViewModel(ChatService service, TaskExecutor executor, long message) {
        this.service = service;
        this.executor = executor;
        this.message = message;
    }

    /** Oldest first. */
    public ObservableList<MessageVersion> versions() {
        return FXCollections.unmodifiableObservableList(versions);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    public long message() {
        return message;
    }

    /** Asks the server for the versions. */
    public void load() {
        loading.set(true);
        error.set(null);
        executor.run(() -> service.request(id -> new MessageVersions(id, message)), history -> {
            loading.set(false);
            versions.setAll(history.versions());
        }, e -> {
            loading.set(false);
            error.set(ErrorTexts.of(e, false));
        });
    }
}
