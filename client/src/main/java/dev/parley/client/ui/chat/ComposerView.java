package dev.parley.client.ui.chat;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.media.AttachmentTray;
import dev.parley.client.model.MessageItem;
import dev.parley.protocol.model.UserInfo;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The composer over a {@link ComposerViewModel}: the attachment tray's preview above the text
 * area and its paperclip beside it, the text area and the send button. Enter sends (or saves an
 * edit), Shift+Enter inserts a line break, Up in an empty composer edits the last own message,
 * Escape cancels an edit, then a quote, then an error (spec UX-3). Above the text: the bar of the
 * edit ("Editing message — Esc to cancel") or of the quote being answered (with ×). Below it: the
 * anonymous checkbox (public rooms only), the lock (closed room, mute), the slowmode countdown,
 * errors and the hint. Typing {@code @} offers the room's members ({@link MentionCompletionViewModel}):
 * Up/Down choose, Enter or Tab insert, Escape closes.
 */
final class ComposerView {
    private final VBox root;
    private final ComposerViewModel vm;
    private final MentionCompletionViewModel mentions;
    private final Localization i18n;
    private final TextArea area = new TextArea();
    private final Popup popup = new Popup();
    private final VBox list = new VBox(0);

    ComposerView(ComposerViewModel vm, MentionCompletionViewModel mentions, AttachmentTray tray, Localization i18n) {
        this.vm = vm;
        this.mentions = mentions;
        this.i18n = i18n;
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
        vm.editingProperty().addListener((o, was, now) -> {
            Platform.runLater(() -> {
                area.requestFocus();
                area.end();
            });
        });
        vm.replyingToProperty().addListener((o, was, now) -> {
            if (now != null) {
                Platform.runLater(area::requestFocus);
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        area.caretPositionProperty().addListener((o, was, now) -> mentions.update(area.getText(), now.intValue()));
        area.textProperty().addListener((o, was, now) -> mentions.update(now, area.getCaretPosition()));
        HBox.setHgrow(area, Priority.ALWAYS);

        Button send = new Button(null, new FontIcon(Feather.SEND));
        send.setId("sendButton");
        send.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.ACCENT);
        send.disableProperty().bind(vm.sendableProperty().not());
        send.setOnAction(e -> vm.send());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.when(vm.editingProperty().isNotNull())
                .then(i18n.text("composer.save")).otherwise(i18n.text("composer.send")));
        send.setTooltip(tip);
        send.accessibleTextProperty().bind(tip.textProperty());

        CheckBox anonymous = new CheckBox();
        anonymous.setId("anonymousCheck");
        anonymous.textProperty().bind(i18n.text("composer.anonymous"));
        anonymous.selectedProperty().bindBidirectional(vm.anonymousProperty());
        anonymous.visibleProperty().bind(vm.anonymousAllowedProperty().and(vm.editingProperty().isNull()));
        anonymous.managedProperty().bind(anonymous.visibleProperty());
        anonymous.disableProperty().bind(vm.writableProperty().not());
        anonymous.getStyleClass().add(Styles.TEXT_SMALL);
        Tooltip anonymousTip = new Tooltip();
        anonymousTip.textProperty().bind(i18n.text("composer.anonymous.tooltip"));
        anonymous.setTooltip(anonymousTip);

        Node tray0 = tray == null ? new Region() : tray.node();
        Node pick = tray == null ? new Region() : tray.pickButton();

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
        lock.textProperty().bind(Bindings.createStringBinding(() -> {
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
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox below = new HBox(12, anonymous, countdown, gap, hint);
        below.setAlignment(Pos.CENTER_LEFT);

        HBox row = new HBox(8, pick, area, send);
        row.setAlignment(Pos.BOTTOM_LEFT);
        root = new VBox(4, lock, editBar(), replyBar(), tray0, row, error, below);
        root.getStyleClass().add("composer");
        if (tray != null) {
            // Pictures and files may be dropped anywhere on the composer, not only on the text.
            tray.install(area, root);
        }

        list.getStyleClass().add("mention-popup");
        list.getStylesheets().add(ComposerView.class.getResource("chat.css").toExternalForm());
        list.setId("mentionPopup");
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setOnAutoHide(e -> mentions.dismiss());
        mentions.showingProperty().addListener((o, was, now) -> refreshPopup());
        mentions.selectedProperty().addListener((o, was, now) -> refreshPopup());
        mentions.suggestions().addListener((javafx.collections.ListChangeListener<UserInfo>) c -> refreshPopup());
    }

    Parent node() {
        return root;
    }

    private void keyPressed(KeyEvent e) {
        boolean completing = mentions.showingProperty().get();
        switch (e.getCode()) {
            case ENTER, TAB -> {
                if (completing) {
                    e.consume();
                    insert(mentions.accept());
                } else if (e.getCode() == KeyCode.ENTER) {
                    e.consume();
                    if (e.isShiftDown()) {
                        area.replaceSelection("\n");
                    } else {
                        vm.send();
                    }
                }
            }
            case UP -> {
                if (completing) {
                    e.consume();
                    mentions.move(-1);
                } else if (vm.editLast()) {
                    e.consume();
                }
            }
            case DOWN -> {
                if (completing) {
                    e.consume();
                    mentions.move(1);
                }
            }
            case ESCAPE -> {
                e.consume();
                if (completing) {
                    mentions.dismiss();
                } else {
                    vm.escape();
                }
            }
            default -> {
            }
        }
    }

    private void insert(MentionCompletionViewModel.Insertion insertion) {
        if (insertion != null) {
            area.replaceText(insertion.start(), insertion.end(), insertion.text());
            area.positionCaret(insertion.caret());
        }
    }

    /**
     * Shows the members offered in a popup above the text area. A plain {@link Popup} (not a
     * menu) keeps the keyboard in the text area: its key events are redirected to the owner, so
     * typing goes on and Up, Down, Enter, Tab and Escape reach {@link #keyPressed}.
     */
    private void refreshPopup() {
        if (!mentions.showingProperty().get() || area.getScene() == null || area.getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        list.getChildren().clear();
        int i = 0;
        for (UserInfo user : mentions.suggestions()) {
            Label name = new Label(user.shownName());
            name.getStyleClass().add("mention-name");
            Label handle = new Label("@" + user.username());
            handle.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox line = new HBox(8, name, handle);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setId("mention-" + user.username());
            line.getStyleClass().add("mention-item");
            if (i == mentions.selectedProperty().get()) {
                line.getStyleClass().add("mention-selected");
            }
            int index = i++;
            line.setOnMouseClicked(ev -> {
                mentions.select(index);
                insert(mentions.accept());
            });
            list.getChildren().add(line);
        }
        if (!popup.isShowing()) {
            javafx.geometry.Bounds b = area.localToScreen(area.getBoundsInLocal());
            popup.show(area, b.getMinX() + 8, b.getMinY());
        }
        // Above the text area: the popup's height is known once it is shown.
        javafx.geometry.Bounds b = area.localToScreen(area.getBoundsInLocal());
        popup.setY(b.getMinY() - list.prefHeight(-1) - 4);
    }

    private Node editBar() {
        Label text = new Label();
        text.setId("editBar");
        text.setGraphic(new FontIcon(Feather.EDIT_2));
        text.textProperty().bind(i18n.text("composer.editing"));
        Button cancel = closeButton("composer.editing.cancel");
        cancel.setOnAction(e -> vm.cancelEdit());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(6, text, gap, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("composer-bar");
        bar.visibleProperty().bind(vm.editingProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Node replyBar() {
        Label text = new Label();
        text.setId("replyBar");
        text.setGraphic(new FontIcon(Feather.CORNER_UP_LEFT));
        text.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            MessageItem m = vm.replyingToProperty().get();
            if (m == null) {
                return "";
            }
            String who = m.shownAsAnonymous() ? i18n.get("message.anonymous") : m.authorName();
            String excerpt = m.text().isEmpty() && m.attachment() != null ? m.attachment().name() : m.text();
            return i18n.get("composer.replying", who, excerpt.length() > 120 ? excerpt.substring(0, 120) + "\u2026" : excerpt);
        }, vm.replyingToProperty(), i18n.localeProperty()));
        Button cancel = closeButton("composer.replying.cancel");
        cancel.setId("cancelReply");
        cancel.setOnAction(e -> vm.cancelReply());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox bar = new HBox(6, text, cancel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("composer-bar");
        bar.visibleProperty().bind(vm.replyingToProperty().isNotNull());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Button closeButton(String tooltipKey) {
        Button b = new Button(null, new FontIcon(Feather.X));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tooltipKey));
        b.setTooltip(tip);
        b.accessibleTextProperty().bind(tip.textProperty());
        return b;
    }
}
