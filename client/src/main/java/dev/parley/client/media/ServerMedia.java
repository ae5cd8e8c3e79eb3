package dev.parley.client.media;

import dev.parley.client.i18n.Localization;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.UserInfo;
import java.nio.file.Path;
import javafx.scene.Node;

/**
 * The {@link Media} of a logged-in session: content fetched from the server with {@code fetch},
 * cached on disk under {@code cacheDir}. Placeholder for the constructor signature the app
 * wires; the implementation is being written on the cli-media branch.
 */
public final class ServerMedia implements Media {
    public ServerMedia(ChatService service, TaskExecutor executor, Path cacheDir, Localization i18n) {
    }

    @Override
    public Node attachment(Attachment attachment) {
        throw new UnsupportedOperationException("cli-media branch");
    }

    @Override
    public Node avatar(UserInfo user, double size) {
        throw new UnsupportedOperationException("cli-media branch");
    }

    @Override
    public AttachmentTray newTray() {
        throw new UnsupportedOperationException("cli-media branch");
    }
}
