package dev.parley.client.media;

import java.io.File;
import java.nio.file.Path;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Asks the user where to save a picture or file. The desktop shows a {@link FileChooser}; UI tests
 * (where Monocle has no native dialogs) answer with a path of their own.
 */
@FunctionalInterface
public interface SaveChooser {

    /** The chosen file, or null when the user cancelled. Called on the UI thread. */
    Path choose(Window owner, String suggestedName);

    /** The system's save dialog, offering {@code suggestedName}. */
    static SaveChooser fileChooser(dev.parley.client.i18n.Localization i18n) {
        return (owner, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("media.save.title"));
            chooser.setInitialFileName(suggestedName);
            File home = new File(System.getProperty("user.home"));
            File downloads = new File(home, "Downloads");
            chooser.setInitialDirectory(downloads.isDirectory() ? downloads : home.isDirectory() ? home : null);
            File chosen = chooser.showSaveDialog(owner);
            return chosen == null ? null : chosen.toPath();
        };
    }
}
