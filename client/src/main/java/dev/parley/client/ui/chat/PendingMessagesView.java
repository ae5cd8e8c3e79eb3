package dev.parley.client.ui.chat;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.model.PendingMessage;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The open room's messages that are not stored yet (spec UX-4), right below the newest message,
 * where they will appear once sent: greyed with a clock while they wait, and with the server's
 * reason, "Retry" and "Delete" when it refused one. A row goes when the message is stored (it
 * then shows in the list above). At most a few rows high, scrolling beyond.
 */
final class PendingMessagesView {
    private static final double MAX_HEIGHT = 160;
    private final VBox rows = new VBox(2);
    private final ScrollPane root = new ScrollPane(rows);
    private final ChatViewModel vm;
    private final Localization i18n;
    private final InvalidationListener statusChanged = o -> rebuild();

    PendingMessagesView(ChatViewModel vm, Localization i18n) {
        this.vm = vm;
        this.i18n = i18n;
        rows.setId("pendingMessages");
        rows.getStyleClass().add("pending-messages");
        root.setFitToWidth(true);
        root.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        root.getStyleClass().add("pending-scroll");
        // As tall as its rows, up to a few of them; scrolls beyond.
        root.prefViewportHeightProperty().bind(Bindings.createDoubleBinding(() -> Math.min(MAX_HEIGHT, rows.getHeight()),
                rows.heightProperty()));
        vm.pendingMessages().addListener((ListChangeListener<PendingMessage>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(m -> m.statusProperty().removeListener(statusChanged));
                c.getAddedSubList().forEach(m -> m.statusProperty().addListener(statusChanged));
            }
            rebuild();
        });
        vm.pendingMessages().forEach(m -> m.statusProperty().addListener(statusChanged));
        i18n.localeProperty().addListener(o -> rebuild());
        rebuild();
    }

    Node node() {
        return root;
    }

    private void rebuild() {
        rows.getChildren().setAll(vm.pendingMessages().stream().map(this::row).toList());
        root.setVisible(!vm.pendingMessages().isEmpty());
        root.setManaged(root.isVisible());
    }

    private Node row(PendingMessage message) {
        boolean failed = message.status() == PendingMessage.Status.FAILED;
        Label text = new Label(message.text().isEmpty() ? i18n.get("pending.attachment") : message.text());
        text.setWrapText(true);
        text.getStyleClass().add("pending-text");
        text.setGraphic(new FontIcon(failed ? Feather.ALERT_CIRCLE : Feather.CLOCK));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(failed ? "pending.failed" : "pending.waiting"));
        text.setTooltip(tip);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, text);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().addAll("pending-message", failed ? "failed" : "waiting");
        if (failed) {
            Label error = new Label(i18n.get(message.errorProperty().get()));
            error.getStyleClass().addAll("pending-error", Styles.TEXT_SMALL);
            error.setWrapText(true);
            Button retry = new Button(i18n.get("pending.retry"));
            retry.getStyleClass().add(Styles.SMALL);
            retry.getStyleClass().add("pending-retry");
            retry.setOnAction(e -> vm.retryPending(message));
            Button delete = new Button(i18n.get("pending.delete"));
            delete.getStyleClass().addAll(Styles.SMALL, Styles.DANGER, "pending-delete");
            delete.setOnAction(e -> vm.deletePending(message));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.SOMETIMES);
            row.getChildren().addAll(error, gap, retry, delete);
        }
        return row;
    }
}
