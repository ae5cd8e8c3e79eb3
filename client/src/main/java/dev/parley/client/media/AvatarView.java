package dev.parley.client.media;

import dev.parley.client.model.UserColors;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.UserInfo;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.shape.Circle;
import javafx.stage.Screen;

/**
 * A round avatar: the user's picture when they have one, otherwise (and while it loads) their
 * initials on their name colour. The node shows one UserInfo; when a profile changes the caller
 * asks for a new node with the new UserInfo.
 */
final class AvatarView extends StackPane {

    AvatarView(UserInfo user, double size, ImageLoader loader, Consumer<Runnable> onUiThread) {
        getStyleClass().add("media-avatar");
        getStylesheets().add(MediaStyles.URL);
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        Circle disc = new Circle(size / 2, Color.web(UserColors.sanitize(user.color())));
        Label letters = new Label(initials(user.shownName()));
        letters.getStyleClass().add("media-avatar-initials");
        letters.setStyle("-fx-font-size: " + Math.max(8, Math.round(size * 0.42)) + "px;");
        letters.setTextFill(Color.WHITE);
        Circle picture = new Circle(size / 2);
        picture.setVisible(false);
        getChildren().addAll(disc, letters, picture);
        setAccessibleText(user.shownName());

        String avatar = user.avatar();
        if (avatar != null && ContentIds.isValid(avatar)) {
            double scale = Screen.getPrimary() == null ? 1 : Math.max(1, Screen.getPrimary().getOutputScaleX());
            int px = (int) Math.min(Limits.AVATAR_SIZE, Math.ceil(size * scale));
            new LazyImage(this, () -> loader.cached(avatar, px, px), () -> loader.scaled(avatar, -1, px, px),
                    image -> {
                        picture.setFill(image == null ? null : new ImagePattern(image));
                        picture.setVisible(image != null);
                        letters.setVisible(image == null);
                    },
                    failure -> {
                        // initials stay: a missing avatar is not worth an error on every row
                    }, onUiThread);
        }
    }

    /** The first letters of the first two words of {@code name}, upper-case ("Anna Nowak" → "AN"). */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String word : name.strip().split("[\\s._-]+")) {
            if (!word.isEmpty() && b.codePointCount(0, b.length()) < 2) {
                int cp = word.codePointAt(0);
                if (Character.isLetterOrDigit(cp)) {
                    b.appendCodePoint(cp);
                }
            }
        }
        if (b.length() == 0 && !name.isBlank()) {
            b.appendCodePoint(name.strip().codePointAt(0));
        }
        return b.toString().toUpperCase(Locale.ROOT);
    }
}
