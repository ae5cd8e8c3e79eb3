package dev.parley.client.media;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.protocol.model.Attachment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javax.imageio.ImageIO;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The composer's {@link AttachmentTray} over a {@link TrayViewModel}: the preview strip (a small
 * thumbnail for a picture, an icon for a file, name, size, upload progress and a remove button),
 * the paperclip button with its file chooser, Shortcut+V with a picture or files on the clipboard,
 * and drops of files or pictures. One item per message; a new one replaces it.
 */
final class ComposerTray implements AttachmentTray {
    private static final KeyCombination PASTE = KeyCombination.keyCombination("Shortcut+V");
    private static final int PREVIEW_SIZE = 48;

    private final TrayViewModel vm;
    private final Localization i18n;
    private final MediaExecutor executor;
    private final HBox strip;
    private final Button pick;
    private final StackPane preview = new StackPane();
    private int previewGeneration;

    ComposerTray(TrayViewModel vm, Localization i18n, MediaExecutor executor) {
        this.vm = vm;
        this.i18n = i18n;
        this.executor = executor;

        preview.setMinSize(PREVIEW_SIZE, PREVIEW_SIZE);
        preview.setPrefSize(PREVIEW_SIZE, PREVIEW_SIZE);
        preview.getStyleClass().add("media-tray-preview");
        Label name = new Label();
        name.setId("trayName");
        name.getStyleClass().add("media-tray-name");
        name.setTextOverrun(OverrunStyle.CENTER_ELLIPSIS);
        name.setMaxWidth(320);
        name.textProperty().bind(Bindings.createStringBinding(() -> vm.pendingProperty().get() == null ? ""
                : vm.pendingProperty().get().name(), vm.pendingProperty()));
        Label size = new Label();
        size.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        size.textProperty().bind(Bindings.createStringBinding(() -> vm.pendingProperty().get() == null ? ""
                : SizeFormat.format(i18n, vm.pendingProperty().get().size()), vm.pendingProperty(), i18n.localeProperty()));
        ProgressBar progress = new ProgressBar();
        progress.setId("trayProgress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.progressProperty().greaterThanOrEqualTo(0).or(vm.preparingProperty()));
        progress.managedProperty().bind(progress.visibleProperty());
        Label error = new Label();
        error.setId("trayError");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(MediaTexts.text(i18n, vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        Label notice = new Label();
        notice.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        notice.textProperty().bind(MediaTexts.text(i18n, vm.noticeProperty()));
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox text = new VBox(2, name, size, progress, notice, error);
        text.setAlignment(Pos.CENTER_LEFT);

        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.setId("trayRemove");
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        Tooltip removeTip = new Tooltip();
        removeTip.textProperty().bind(i18n.text("media.tray.remove"));
        remove.setTooltip(removeTip);
        remove.accessibleTextProperty().bind(removeTip.textProperty());
        remove.setOnAction(e -> vm.clear());
        remove.disableProperty().bind(vm.progressProperty().greaterThanOrEqualTo(0));

        preview.visibleProperty().bind(vm.pendingProperty().isNotNull());
        preview.managedProperty().bind(preview.visibleProperty());
        strip = new HBox(10, preview, text, remove);
        strip.setId("attachmentTray");
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.getStyleClass().add("media-tray");
        strip.getStylesheets().add(MediaStyles.URL);
        strip.visibleProperty().bind(vm.emptyProperty().not().or(vm.errorProperty().isNotNull())
                .or(vm.preparingProperty()));
        strip.managedProperty().bind(strip.visibleProperty());
        vm.pendingProperty().addListener((o, was, now) -> showPreview(now));

        pick = new Button(null, new FontIcon(Feather.PAPERCLIP));
        pick.setId("attachButton");
        pick.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip pickTip = new Tooltip();
        pickTip.textProperty().bind(i18n.text("media.tray.attach"));
        pick.setTooltip(pickTip);
        pick.accessibleTextProperty().bind(pickTip.textProperty());
        pick.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("media.tray.choose_title"));
            File chosen = chooser.showOpenDialog(pick.getScene() == null ? null : pick.getScene().getWindow());
            if (chosen != null) {
                vm.offerFiles(List.of(chosen.toPath()));
            }
        });
    }

    @Override
    public Node node() {
        return strip;
    }

    @Override
    public Node pickButton() {
        return pick;
    }

    @Override
    public void install(TextInputControl input, Node dropTarget) {
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (PASTE.match(e) && !input.isDisabled() && takeClipboard()) {
                e.consume();
            }
        });
        dropTarget.addEventHandler(DragEvent.DRAG_OVER, e -> {
            Dragboard board = e.getDragboard();
            if (e.getGestureSource() == null && (board.hasFiles() || board.hasImage())) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        dropTarget.addEventHandler(DragEvent.DRAG_ENTERED, e -> {
            if (e.getGestureSource() == null && (e.getDragboard().hasFiles() || e.getDragboard().hasImage())) {
                dropTarget.getStyleClass().add("media-drop-target");
            }
        });
        dropTarget.addEventHandler(DragEvent.DRAG_EXITED, e -> dropTarget.getStyleClass().remove("media-drop-target"));
        dropTarget.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            Dragboard board = e.getDragboard();
            boolean taken = false;
            if (board.hasFiles()) {
                vm.offerFiles(board.getFiles().stream().map(File::toPath).toList());
                taken = true;
            } else if (board.hasImage()) {
                offerImage(board.getImage());
                taken = true;
            }
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    /** Takes a picture or files from the system clipboard; false when it holds neither (plain paste). */
    boolean takeClipboard() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasFiles() && !clipboard.getFiles().isEmpty()) {
            vm.offerFiles(clipboard.getFiles().stream().map(File::toPath).toList());
            return true;
        }
        if (clipboard.hasImage() && clipboard.getImage() != null) {
            offerImage(clipboard.getImage());
            return true;
        }
        return false;
    }

    @Override
    public ReadOnlyBooleanProperty emptyProperty() {
        return vm.emptyProperty();
    }

    @Override
    public Attachment upload() throws IOException {
        return vm.upload();
    }

    @Override
    public void clear() {
        vm.clear();
    }

    private void offerImage(Image image) {
        String name = "image-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".png";
        vm.offerPicture(name, () -> png(image));
    }

    /** A JavaFX image as PNG bytes (off the UI thread: a screenshot takes a moment to encode). */
    static byte[] png(Image image) throws IOException {
        BufferedImage buffered = SwingFXUtils.fromFXImage(image, null);
        if (buffered == null) {
            throw new IOException("the clipboard picture could not be read");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(buffered, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }

    private void showPreview(PendingAttachment item) {
        int mine = ++previewGeneration;
        preview.getChildren().clear();
        if (item == null) {
            return;
        }
        FontIcon icon = new FontIcon(item.isPicture() ? Feather.IMAGE : Feather.FILE);
        icon.getStyleClass().add("media-tray-icon");
        preview.getChildren().add(icon);
        if (!item.isPicture()) {
            return;
        }
        executor.run(() -> {
            try (InputStream in = item.source().open()) {
                return new Image(in, PREVIEW_SIZE * 2, PREVIEW_SIZE * 2, true, true);
            }
        }, image -> {
            if (mine == previewGeneration && !image.isError()) {
                ImageView view = new ImageView(image);
                view.setId("trayPreview");
                view.setFitWidth(PREVIEW_SIZE);
                view.setFitHeight(PREVIEW_SIZE);
                view.setPreserveRatio(true);
                preview.getChildren().setAll(view);
            }
        }, failure -> {
            // the icon stays (WebP, which the server reads but JavaFX cannot)
        });
    }
}
