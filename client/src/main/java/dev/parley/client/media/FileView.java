package dev.parley.client.media;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.Localization;
import dev.parley.client.i18n.UiText;
import dev.parley.protocol.model.Attachment;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A file in a message row: an icon, its name and its size in the UI language. A click asks where to
 * save it (the uploader's name, made safe, as the default) and downloads it there with a progress
 * bar; the file is never opened or run, whatever its name says.
 */
final class FileView extends HBox {
    private final ProgressBar progress = new ProgressBar(0);
    private final ObjectProperty<UiText> status = new SimpleObjectProperty<>();
    private boolean busy;

    FileView(Attachment attachment, ContentStore store, Localization i18n, SaveChooser chooser, MediaExecutor executor) {
        getStyleClass().add("media-file");
        getStylesheets().add(MediaStyles.URL);
        setId("fileAttachment");
        FontIcon icon = new FontIcon(Feather.FILE);
        icon.getStyleClass().add("media-file-icon");
        Label name = new Label(attachment.name());
        name.getStyleClass().add("media-file-name");
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        name.setMaxWidth(280);
        Label size = new Label();
        size.getStyleClass().addAll("media-file-size", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        size.textProperty().bind(Bindings.createStringBinding(() -> SizeFormat.format(i18n, attachment.size()),
                i18n.localeProperty()));
        Label state = new Label();
        state.setId("fileStatus");
        state.getStyleClass().add(Styles.TEXT_SMALL);
        state.textProperty().bind(i18n.text(status));
        state.visibleProperty().bind(status.isNotNull());
        state.managedProperty().bind(state.visibleProperty());
        progress.setPrefWidth(160);
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        VBox text = new VBox(2, name, size, progress, state);
        HBox.setHgrow(text, Priority.ALWAYS);
        FontIcon download = new FontIcon(Feather.DOWNLOAD);
        download.getStyleClass().add("media-file-download");
        getChildren().addAll(icon, text, download);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setMaxWidth(USE_PREF_SIZE);
        setCursor(Cursor.HAND);
        setFocusTraversable(true);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("media.file.save_hint", attachment.name()));
        Tooltip.install(this, tip);
        accessibleTextProperty().bind(tip.textProperty());

        Runnable save = () -> {
            if (busy) {
                return;
            }
            Path target = chooser.choose(getScene() == null ? null : getScene().getWindow(),
                    SavedFiles.sanitize(attachment.name()));
            if (target == null) {
                return;
            }
            busy = true;
            status.set(null);
            progress.setProgress(0);
            progress.setVisible(true);
            store.downloadTo(attachment.id(), attachment.size(), target, received -> executor.onUiThread(() ->
                            progress.setProgress(attachment.size() == 0 ? 1 : (double) received / attachment.size())))
                    .whenComplete((v, failure) -> executor.onUiThread(() -> {
                        busy = false;
                        progress.setVisible(false);
                        status.set(failure == null
                                ? UiText.of("media.file.saved", target.getFileName().toString())
                                : ErrorTexts.of(failure, false));
                    }));
        };
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                e.consume();
                save.run();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                save.run();
            }
        });
    }
}
