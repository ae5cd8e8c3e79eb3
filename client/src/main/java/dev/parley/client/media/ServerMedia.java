package dev.parley.client.media;

import dev.parley.client.i18n.Localization;
import dev.parley.client.model.UserColors;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.UserInfo;
import java.io.IOException;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The {@link Media} of a logged-in session: content fetched from the server with {@code fetch},
 * cached on disk under {@code cacheDir}. This first version draws avatars as initials, shows an
 * attachment as its name and takes no attachments in the composer; the picture pipeline replaces
 * it (work in progress on the media branch).
 */
public final class ServerMedia implements Media {
    public ServerMedia(ChatService service, TaskExecutor executor, Path cacheDir, Localization i18n) {
    }

    @Override
    public Node attachment(Attachment attachment) {
        return new Label(attachment.name());
    }

    @Override
    public Node avatar(UserInfo user, double size) {
        Circle circle = new Circle(size / 2, Color.web(UserColors.sanitize(user.color())));
        String name = user.shownName();
        Label initial = new Label(name.isEmpty() ? "" : name.substring(0, name.offsetByCodePoints(0, 1)).toUpperCase());
        initial.setTextFill(Color.WHITE);
        return new StackPane(circle, initial);
    }

    @Override
    public Attachment uploadPicture(Path file) throws IOException {
        throw new IOException("pictures are not supported by this version yet");
    }

    @Override
    public AttachmentTray newTray() {
        return new AttachmentTray() {
            private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
            private final Region none = new Region();

            @Override
            public Node node() {
                none.setManaged(false);
                none.setVisible(false);
                return none;
            }

            @Override
            public Node pickButton() {
                Region button = new Region();
                button.setManaged(false);
                button.setVisible(false);
                return button;
            }

            @Override
            public void install(TextInputControl input, Node dropTarget) {
            }

            @Override
            public ReadOnlyBooleanProperty emptyProperty() {
                return empty.getReadOnlyProperty();
            }

            @Override
            public Attachment upload() throws IOException {
                return null;
            }

            @Override
            public void clear() {
            }
        };
    }
}
