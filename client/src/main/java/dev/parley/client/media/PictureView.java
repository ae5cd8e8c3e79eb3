package dev.parley.client.media;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.Attachment;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.stage.Screen;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A picture in a message row: its thumbnail, fitted into a box of {@link #MAX_WIDTH} ×
 * {@link #MAX_HEIGHT}. Before the thumbnail arrives a placeholder of the picture's own aspect ratio
 * holds its place; when it cannot be loaded, a message and a retry button. A click (or Enter) opens
 * the full picture in the viewer.
 */
final class PictureView extends StackPane {
    static final int MAX_WIDTH = 320;
    static final int MAX_HEIGHT = 240;
    static final String STYLE_CLASS = "media-picture";

    private final ImageView image = new ImageView();
    private final VBox error;
    private final LazyImage lazy;

    PictureView(Attachment attachment, ImageLoader loader, Localization i18n, Consumer<Attachment> open,
                Consumer<Runnable> onUiThread) {
        getStyleClass().add(STYLE_CLASS);
        getStylesheets().add(MediaStyles.URL);
        Fit shown = Fit.of(attachment.width(), attachment.height(), MAX_WIDTH, MAX_HEIGHT);
        Fit thumbnail = Fit.of(attachment.width(), attachment.height(), Limits.THUMBNAIL_SIZE, Limits.THUMBNAIL_SIZE);
        double scale = Screen.getPrimary() == null ? 1 : Math.max(1, Screen.getPrimary().getOutputScaleX());
        Fit decoded = shown.scaled(scale, thumbnail);
        setMinSize(shown.width(), shown.height());
        setPrefSize(shown.width(), shown.height());
        setMaxSize(shown.width(), shown.height());
        Rectangle clip = new Rectangle(shown.width(), shown.height());
        clip.setArcWidth(8);
        clip.setArcHeight(8);
        setClip(clip);

        Region placeholder = new Region();
        placeholder.getStyleClass().add("media-placeholder");
        placeholder.setPrefSize(shown.width(), shown.height());
        FontIcon icon = new FontIcon(Feather.IMAGE);
        icon.getStyleClass().add("media-placeholder-icon");

        image.setFitWidth(shown.width());
        image.setFitHeight(shown.height());
        image.setPreserveRatio(true);
        image.setSmooth(true);
        image.setId("pictureThumbnail");
        image.getProperties().put(Attachment.class, attachment.id());

        Label message = new Label();
        message.textProperty().bind(i18n.text("media.picture.failed"));
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_SMALL);
        Button retry = new Button();
        retry.textProperty().bind(i18n.text("media.retry"));
        retry.setGraphic(new FontIcon(Feather.REFRESH_CW));
        retry.getStyleClass().addAll(Styles.SMALL);
        error = new VBox(6, new FontIcon(Feather.ALERT_TRIANGLE), message, retry);
        error.setAlignment(Pos.CENTER);
        error.getStyleClass().add("media-error");
        error.setVisible(false);

        getChildren().addAll(placeholder, icon, image, error);
        setCursor(Cursor.HAND);
        setFocusTraversable(true);
        setAccessibleText(attachment.name());
        Tooltip.install(this, new Tooltip(attachment.name()));
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && !error.isVisible()) {
                e.consume();
                open.accept(attachment);
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                open.accept(attachment);
            }
        });

        String id = attachment.thumbnail() != null ? attachment.thumbnail() : attachment.id();
        long size = attachment.thumbnail() != null ? -1 : attachment.size();
        lazy = new LazyImage(this, () -> loader.cached(id, decoded.width(), decoded.height()),
                () -> loader.scaled(id, size, decoded.width(), decoded.height()),
                img -> {
                    image.setImage(img);
                    icon.setVisible(img == null);
                    error.setVisible(false);
                },
                failure -> {
                    icon.setVisible(false);
                    error.setVisible(true);
                }, onUiThread);
        retry.setOnAction(e -> {
            error.setVisible(false);
            icon.setVisible(true);
            lazy.retry();
        });
    }

    /** The thumbnail's image view (its image is null while loading or off screen). */
    ImageView imageView() {
        return image;
    }
}
