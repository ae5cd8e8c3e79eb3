package dev.parley.client.media;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.Localization;
import dev.parley.client.i18n.UiText;
import dev.parley.protocol.model.Attachment;
import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The full picture in a window of its own: fitted to the window at first, zoomed with the buttons,
 * Ctrl+scroll or +/−, 0 fits again, scrolled or dragged when larger than the window; Escape
 * closes; "Save as…" writes the picture where the user chooses. The decoded picture lives only as
 * long as the window: closing it drops the image, so viewing many pictures does not add up.
 */
final class PictureViewer {
    private static final double ZOOM_STEP = 1.25;
    private static final double MIN_ZOOM = 0.05;
    private static final double MAX_ZOOM = 8;

    private final Stage stage = new Stage();
    private final ImageView view = new ImageView();
    private final ScrollPane scroll = new ScrollPane();
    private final BooleanProperty fit = new SimpleBooleanProperty(true);
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final ObjectProperty<UiText> status = new SimpleObjectProperty<>();
    private int generation;

    PictureViewer(Attachment picture, ImageLoader loader, ContentStore store, Localization i18n, SaveChooser chooser,
                  MediaExecutor executor, Window owner) {
        stage.initOwner(owner);
        stage.setTitle(picture.name());
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setId("pictureViewerImage");
        StackPane canvas = new StackPane(view);
        canvas.getStyleClass().add("media-viewer-canvas");
        canvas.minWidthProperty().bind(scroll.widthProperty().subtract(2));
        canvas.minHeightProperty().bind(scroll.heightProperty().subtract(2));
        scroll.setContent(canvas);
        scroll.setPannable(true);
        scroll.getStyleClass().add("media-viewer-scroll");
        ProgressIndicator loading = new ProgressIndicator();
        loading.setMaxSize(48, 48);
        Label message = new Label();
        message.getStyleClass().add(Styles.DANGER);
        message.textProperty().bind(i18n.text(status));
        message.visibleProperty().bind(status.isNotNull());
        Button retry = new Button();
        retry.textProperty().bind(i18n.text("media.retry"));
        retry.visibleProperty().bind(status.isNotNull());
        StackPane center = new StackPane(scroll, loading, new HBox(8, message, retry) {
            {
                setAlignment(Pos.CENTER);
                setPickOnBounds(false);
            }
        });

        Button zoomOut = iconButton(i18n, "media.viewer.zoom_out", Feather.ZOOM_OUT, () -> zoomBy(1 / ZOOM_STEP));
        Button zoomIn = iconButton(i18n, "media.viewer.zoom_in", Feather.ZOOM_IN, () -> zoomBy(ZOOM_STEP));
        Button fitButton = iconButton(i18n, "media.viewer.fit", Feather.MAXIMIZE, () -> fit.set(true));
        Label percent = new Label();
        percent.setMinWidth(52);
        percent.setAlignment(Pos.CENTER);
        percent.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get("media.viewer.zoom", shownScale()), zoom, fit, view.fitWidthProperty(), view.imageProperty(),
                i18n.localeProperty()));
        Button save = new Button();
        save.setId("pictureSaveButton");
        save.textProperty().bind(i18n.text("media.save"));
        save.setGraphic(new FontIcon(Feather.DOWNLOAD));
        Label saved = new Label();
        saved.getStyleClass().add(Styles.TEXT_SMALL);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, zoomOut, percent, zoomIn, fitButton, gap, saved, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("media-viewer-bar");
        BorderPane root = new BorderPane(center);
        root.setTop(bar);
        root.getStyleClass().add("media-viewer");
        root.getStylesheets().add(MediaStyles.URL);

        save.setOnAction(e -> {
            Path target = chooser.choose(stage, SavedFiles.pictureName(picture.name(), picture.type()));
            if (target != null) {
                saved.setText(i18n.get("media.saving"));
                store.copyTo(picture.id(), picture.size(), target).whenComplete((v, failure) -> executor.onUiThread(() ->
                        saved.setText(i18n.get(failure == null ? UiText.of("media.file.saved", target.getFileName().toString())
                                : ErrorTexts.of(failure, false)))));
            }
        });

        fit.addListener((o, was, now) -> layoutImage());
        zoom.addListener((o, was, now) -> layoutImage());
        scroll.widthProperty().addListener((o, was, now) -> layoutImage());
        scroll.heightProperty().addListener((o, was, now) -> layoutImage());
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                e.consume();
                zoomBy(e.getDeltaY() > 0 ? ZOOM_STEP : 1 / ZOOM_STEP);
            }
        });

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = picture.width() == null ? 800 : picture.width();
        double h = picture.height() == null ? 600 : picture.height();
        double scale = Math.min(1, Math.min(screen.getWidth() * 0.8 / w, (screen.getHeight() * 0.8 - 48) / h));
        Scene scene = new Scene(root, Math.max(480, w * scale), Math.max(320, h * scale + 48));
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            } else if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD) {
                zoomBy(ZOOM_STEP);
            } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
                zoomBy(1 / ZOOM_STEP);
            } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
                fit.set(true);
            }
        });
        scene.getAccelerators().put(KeyCombination.keyCombination("Shortcut+S"), save::fire);
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            // the full picture may be tens of megabytes: let it go with the window
            generation++;
            view.setImage(null);
        });

        Runnable load = () -> {
            int mine = ++generation;
            status.set(null);
            loading.setVisible(true);
            loader.full(picture.id(), picture.size()).whenComplete((image, failure) -> executor.onUiThread(() -> {
                if (mine != generation) {
                    return;
                }
                loading.setVisible(false);
                if (failure != null) {
                    status.set(ErrorTexts.of(failure, false));
                } else {
                    view.setImage(image);
                    layoutImage();
                }
            }));
        };
        retry.setOnAction(e -> load.run());
        load.run();
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    Stage stage() {
        return stage;
    }

    private void zoomBy(double factor) {
        double current = shownScale() / 100.0;
        fit.set(false);
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, current * factor)));
    }

    /** The scale the picture is shown at, in percent. */
    private long shownScale() {
        Image image = view.getImage();
        if (image == null || image.getWidth() <= 0) {
            return 100;
        }
        return Math.round(view.getBoundsInLocal().getWidth() / image.getWidth() * 100);
    }

    private void layoutImage() {
        Image image = view.getImage();
        if (image == null) {
            return;
        }
        double scale;
        if (fit.get()) {
            double w = Math.max(1, scroll.getWidth() - 4);
            double h = Math.max(1, scroll.getHeight() - 4);
            scale = Math.min(1, Math.min(w / image.getWidth(), h / image.getHeight()));
        } else {
            scale = zoom.get();
        }
        view.setFitWidth(image.getWidth() * scale);
        view.setFitHeight(image.getHeight() * scale);
    }

    private static Button iconButton(Localization i18n, String key, Feather icon, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(key));
        b.setTooltip(tip);
        b.accessibleTextProperty().bind(tip.textProperty());
        b.setOnAction(e -> action.run());
        return b;
    }
}
