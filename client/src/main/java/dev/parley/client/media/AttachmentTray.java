package dev.parley.client.media;

import dev.parley.protocol.model.Attachment;
import java.io.IOException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;

/**
 * The composer's pending attachment (spec M-10, M-11): at most one picture or file, taken from
 * the clipboard, a drag and drop, or a file chooser, shown as a preview with a remove button
 * until the message is sent. The composer places {@link #node()} above its text area and
 * {@link #pickButton()} beside it, then calls {@link #install}.
 */
public interface AttachmentTray {

    /** The preview strip; hidden (and not managed) while nothing is pending. */
    Node node();

    /** A paperclip button that opens a file chooser. */
    Node pickButton();

    /**
     * Takes pastes (Shortcut+V with a picture or files on the clipboard) from {@code input},
     * falling back to the normal text paste otherwise, and drops of files or pictures onto
     * {@code dropTarget}.
     */
    void install(TextInputControl input, Node dropTarget);

    /** True while nothing is pending. */
    ReadOnlyBooleanProperty emptyProperty();

    /**
     * Uploads the pending item and returns what the server stored (its id goes into {@code send}),
     * or null when nothing is pending. Blocking: call it off the UI thread, just before sending.
     * Failures are {@link dev.parley.protocol.ParleyException} (for example {@code file_too_large},
     * {@code unsupported_picture}) or {@link IOException}.
     */
    Attachment upload() throws IOException;

    /** Forgets the pending item (after it was sent, or when the user removes it). UI thread. */
    void clear();
}
