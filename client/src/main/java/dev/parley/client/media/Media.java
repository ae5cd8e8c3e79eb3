package dev.parley.client.media;

import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.UserInfo;
import javafx.scene.Node;

/**
 * Pictures, files and avatars as the chat UI shows them (specs M-10, M-11, ID-4). The message
 * list and composer depend on this interface only; the real implementation fetches content from
 * the server through the connection, keeps it in a disk cache and bounds what stays in memory.
 * Every method is called on the UI thread and returns at once: loading happens in the background.
 */
public interface Media {

    /**
     * What a message row shows for its attachment: a picture's thumbnail (a click opens the full
     * picture) or a file's name and size (a click asks where to save it; never opened or run).
     */
    Node attachment(Attachment attachment);

    /** A round avatar {@code size} pixels wide: the user's picture, or initials in their name colour. */
    Node avatar(UserInfo user, double size);

    /** A fresh tray for one composer: the attachment waiting to be sent with the next message. */
    AttachmentTray newTray();

    /**
     * Uploads a picture file as the user's own (for the profile's avatar) and returns what the
     * server stored; its id goes into {@code update_profile}. Blocking: call it off the UI thread.
     * Failures are {@link dev.parley.protocol.ParleyException} (such as {@code unsupported_picture})
     * or {@link java.io.IOException}.
     */
    Attachment uploadPicture(java.nio.file.Path file) throws java.io.IOException;
}
