package dev.parley.client.ui.profile;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.model.UserColors;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.UpdateProfile;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.UserInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The user's profile dialog (spec ID-4): display name, name colour, status line and avatar.
 * {@link #save()} sends {@code update_profile} with the fields that changed; an avatar is a
 * picture file, uploaded through the picture pipeline off the UI thread ({@link PictureUpload})
 * and then set with {@code update_profile {avatar}} (the server crops it square). The result
 * goes to {@code onSaved}, so the chat shows the new profile at once; other clients learn it from
 * the {@code user} push. Guests cannot change their profile (the server answers {@code forbidden};
 * the menu entry is not offered to them).
 */
public final class ProfileViewModel {
    /** The name colours offered (the server takes any {@code #rrggbb}). */
    public static final List<String> PALETTE = List.of("#c0392b", "#d35400", "#b7950b", "#16a085", "#27ae60",
            "#2a7ab0", "#8e44ad", "#e84393", "#34495e", "#7f8c8d");

    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<String> color = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<UserInfo> user = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(false);
    private final ChatService service;
    private final TaskExecutor executor;
    private final PictureUpload upload;
    private final Consumer<UserInfo> onSaved;

    /** Uploads a picture file as the user's own and returns what the server stored. Blocking. */
    @FunctionalInterface
    public interface PictureUpload {
        Attachment upload(Path file) throws IOException;
    }

    public ProfileViewModel(ChatService service, TaskExecutor executor, UserInfo me, PictureUpload upload,
                            Consumer<UserInfo> onSaved) {
        this.service = service;
        this.executor = executor;
        this.upload = upload;
        this.onSaved = onSaved;
        show(me);
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    /** The chosen colour as {@code #rrggbb}. */
    public ObjectProperty<String> colorProperty() {
        return color;
    }

    public StringProperty statusProperty() {
        return status;
    }

    /** The profile as the server last answered it (the avatar shown comes from here). */
    public ReadOnlyObjectProperty<UserInfo> userProperty() {
        return user.getReadOnlyProperty();
    }

    /** True while a request (or an upload) is on its way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Set once {@link #save()} succeeded: the dialog closes. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    // Commands

    /** Sends the changed fields; with nothing changed it is done at once. */
    public void save() {
        if (busy.get()) {
            return;
        }
        UserInfo now = user.get();
        String name = displayName.get() == null ? "" : displayName.get().strip();
        String line = status.get() == null ? "" : status.get().strip();
        if (name.isEmpty()) {
            error.set(UiText.of("profile.error.name_empty"));
            return;
        }
        if (name.codePointCount(0, name.length()) > Limits.MAX_DISPLAY_NAME_LENGTH) {
            error.set(UiText.of("profile.error.name_too_long", Limits.MAX_DISPLAY_NAME_LENGTH));
            return;
        }
        if (line.codePointCount(0, line.length()) > Limits.MAX_STATUS_LENGTH) {
            error.set(UiText.of("profile.error.status_too_long", Limits.MAX_STATUS_LENGTH));
            return;
        }
        String newName = name.equals(now.shownName()) ? null : name;
        String newColor = Objects.equals(color.get(), UserColors.sanitize(now.color())) ? null : UserColors.sanitize(color.get());
        String newStatus = line.equals(now.status() == null ? "" : now.status()) ? null : line;
        if (newName == null && newColor == null && newStatus == null) {
            saved.set(true);
            return;
        }
        request(() -> service.request(id -> new UpdateProfile(id, newName, newColor, newStatus, null)), true);
    }

    /** Uploads {@code file} as the new avatar and sets it. */
    public void chooseAvatar(Path file) {
        if (busy.get() || file == null) {
            return;
        }
        request(() -> {
            Attachment picture;
            try {
                picture = upload.upload(file);
            } catch (IOException e) {
                throw new UploadFailed(e);
            }
            return service.request(id -> new UpdateProfile(id, null, null, null, picture.id()));
        }, false);
    }

    public void removeAvatar() {
        if (!busy.get() && user.get().avatar() != null) {
            request(() -> service.request(id -> new UpdateProfile(id, null, null, null, "")), false);
        }
    }

    private void request(java.util.concurrent.Callable<UserInfo> work, boolean closes) {
        busy.set(true);
        error.set(null);
        executor.run(work, updated -> {
            busy.set(false);
            if (closes) {
                show(updated);
                saved.set(true);
            } else {
                // The fields being typed stay as they are; only the avatar follows the answer.
                user.set(updated);
            }
            onSaved.accept(updated);
        }, e -> {
            busy.set(false);
            error.set(e instanceof UploadFailed ? UiText.of("profile.error.avatar_upload") : ErrorTexts.of(e, false));
        });
    }

    /** The picture could not be uploaded (not the server refusing it: that is a ParleyException). */
    private static final class UploadFailed extends IOException {
        UploadFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private void show(UserInfo u) {
        user.set(u);
        displayName.set(u.shownName());
        color.set(UserColors.sanitize(u.color()));
        status.set(u.status() == null ? "" : u.status());
    }
}
