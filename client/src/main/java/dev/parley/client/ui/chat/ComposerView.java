package dev.parley.client.ui.chat;

import dev.parley.client.i18n.Localization;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The composer: a text area and a send button over a {@link ComposerViewModel}. Enter sends,
 * Shift+Enter inserts a line break (spec UX-3), Escape dismisses an error. Says why nothing
 * can be written (closed room, mute) and shows the slowmode countdown.
 */
final class ComposerView {
    private final VBox root;

    ComposerView(ComposerViewModel vm, Localization i18n) {
        TextArea area = new TextArea();
        area.setId("composer");
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.getStyleClass().add("composer-text");
        area.promptTextProperty().bind(i18n.text("composer.prompt"));
        area.textProperty().bindBidirectional(vm.textProperty());
        area.disableProperty().bind(vm.writableProperty().not());
        // as in Slack: once a room is open the cursor is in the composer, ready to type
        vm.writableProperty().addListener((o, was, now) -> {
            if (now) {
                Platform.runLater(area::requestFocus);
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                if (e.isShiftDown()) {
                    area.replaceSelection("\n");
                } else {
                    vm.send();
                }
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.dismissError();
            }
        });
        HBox.setHgrow(area, Priority.ALWAYS);

        Button send = new Button(null, new FontIcon(Feather.SEND));
        send.setId("sendButton");
        send.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.ACCENT);
        send.disableProperty().bind(vm.sendableProperty().not());
        send.setOnAction(e -> vm.send());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("composer.send"));
        send.setTooltip(tip);
        send.accessibleTextProperty().bind(tip.textProperty());

        Label error = new Label();
        error.setId("composerError");
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(i18n.text(vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        Label lock = new Label();
        lock.setId("composerLock");
        lock.setWrapText(true);
        lock.setGraphic(new FontIcon(Feather.LOCK));
        lock.getStyleClass().addAll(Styles.WARNING, "composer-lock");
        lock.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String text = i18n.get(vm.lockProperty().get());
            String reason = vm.lockReasonProperty().get();
            return reason == null ? text : text + " " + i18n.get("mod.reason", reason);
        }, vm.lockProperty(), vm.lockReasonProperty(), i18n.localeProperty()));
        lock.visibleProperty().bind(vm.lockProperty().isNotNull());
        lock.managedProperty().bind(lock.visibleProperty());

        Label countdown = new Label();
        countdown.setId("slowmodeCountdown");
        countdown.setGraphic(new FontIcon(Feather.CLOCK));
        countdown.getStyleClass().addAll(Styles.TEXT_SMALL, "slowmode-countdown");
        countdown.textProperty().bind(i18n.text(vm.countdownTextProperty()));
        countdown.visibleProperty().bind(vm.countdownTextProperty().isNotNull());
        countdown.managedProperty().bind(countdown.visibleProperty());

        Label hint = new Label();
        hint.textProperty().bind(i18n.text("composer.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        HBox row = new HBox(8, area, send);
        row.setAlignment(Pos.BOTTOM_LEFT);
        root = new VBox(4, lock, row, countdown, error, hint);
        root.getStyleClass().add("composer");
    }

    Parent node() {
        return root;
    }
}
