package dev.parley.client.ui.chat;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.ui.chat.QuickSwitcherViewModel.Entry;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The quick switcher's window (spec UX-3): a search field over a short list, near the top of
 * the chat window. Up and Down move the choice while the field keeps the focus, Enter or a click
 * opens the choice, Escape, Ctrl+K again or a click elsewhere closes it. {@link #install} makes
 * Ctrl+K (Cmd+K on macOS) open it over the chat screen.
 *
 * <p>It is its own undecorated stage rather than a {@code Popup}: a stage takes the keyboard
 * focus on every platform (Monocle too), so the field receives the typing.
 */
public final class QuickSwitcherView {
    /** Ctrl+K, Cmd+K on macOS. */
    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);
    private static final double WIDTH = 440;
    private static final double LIST_HEIGHT = 300;
    private static final double TOP_GAP = 64;

    private final QuickSwitcherViewModel vm;
    private final Localization i18n;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final TextField field = new TextField();
    private final ListView<Entry> list;

    public QuickSwitcherView(QuickSwitcherViewModel vm, Localization i18n) {
        this.vm = vm;
        this.i18n = i18n;
        field.setId("quickSwitcherField");
        field.promptTextProperty().bind(i18n.text("switcher.prompt"));
        field.textProperty().bindBidirectional(vm.queryProperty());
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);

        list = new ListView<>(vm.results());
        list.setId("quickSwitcherList");
        list.getStyleClass().add("quick-switcher-list");
        // The field keeps the focus, so typing goes on while the arrows move the choice.
        list.setFocusTraversable(false);
        list.setPrefHeight(LIST_HEIGHT);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("switcher.empty"));
        empty.getStyleClass().addAll(Styles.TEXT_MUTED, "quick-switcher-empty");
        list.setPlaceholder(empty);
        list.setCellFactory(lv -> new EntryCell());
        vm.selectedIndexProperty().addListener((obs, old, now) -> showSelection(now.intValue()));
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> vm.select(now.intValue()));
        showSelection(vm.selectedIndexProperty().get());

        VBox root = new VBox(6, field, list);
        root.setId("quickSwitcher");
        root.getStyleClass().add("quick-switcher");
        root.setPrefWidth(WIDTH);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(QuickSwitcherView.class.getResource("chat.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SHORTCUT.match(e)) {
                e.consume();
                close();
            }
        });
        stage.setScene(scene);
        stage.initModality(Modality.NONE);
        // A click elsewhere closes it like a popup; only after it had the focus (it has none while showing).
        stage.focusedProperty().addListener((obs, was, now) -> {
            if (was && !now) {
                close();
            }
        });
        stage.setOnHidden(e -> vm.dispose());
    }

    /**
     * Makes Ctrl+K (Cmd+K on macOS) open a switcher from {@code switcher} over the window of
     * {@code root} whenever {@code root} is in a scene. The filter sits on the scene, not the
     * node, so the shortcut works wherever the focus is (even nowhere), and before any control
     * could take the key for itself.
     */
    public static void install(Node root, Localization i18n, Supplier<QuickSwitcherViewModel> switcher) {
        EventHandler<KeyEvent> onKey = e -> {
            if (SHORTCUT.match(e) && root.getScene() != null && root.getScene().getWindow() != null) {
                e.consume();
                new QuickSwitcherView(switcher.get(), i18n).show(root.getScene().getWindow());
            }
        };
        ChangeListener<Scene> follow = (obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, onKey);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, onKey);
            }
        };
        root.sceneProperty().addListener(follow);
        follow.changed(root.sceneProperty(), null, root.getScene());
    }

    /** A tooltip telling of the shortcut, for the room list or any node near it. */
    public static Tooltip hint(Localization i18n) {
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("switcher.hint", SHORTCUT.getDisplayText()));
        return tip;
    }

    /** Shows the switcher near the top of {@code owner}, centred, with the field focused. */
    public void show(Window owner) {
        stage.initOwner(owner);
        stage.setWidth(WIDTH);
        stage.setX(owner.getX() + Math.max(0, (owner.getWidth() - WIDTH) / 2));
        stage.setY(owner.getY() + TOP_GAP);
        stage.show();
        stage.toFront();
        field.requestFocus();
    }

    public void close() {
        stage.hide();
    }

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case UP -> vm.moveSelection(-1);
            case DOWN -> vm.moveSelection(1);
            case ENTER -> {
                if (vm.openSelected()) {
                    close();
                }
            }
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void showSelection(int index) {
        if (index < 0) {
            list.getSelectionModel().clearSelection();
        } else if (list.getSelectionModel().getSelectedIndex() != index) {
            list.getSelectionModel().select(index);
            list.scrollTo(index);
        }
    }

    /** A line of the list: an icon, the name, and what Enter would do when it is not a room. */
    private final class EntryCell extends ListCell<Entry> {
        EntryCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !isEmpty() && getItem() != null) {
                    vm.open(getItem());
                    close();
                }
            });
        }

        @Override
        protected void updateItem(Entry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(switch (entry.kind()) {
                case ROOM -> Feather.HASH;
                case PRIVATE_CHAT -> Feather.MESSAGE_CIRCLE;
                case USER -> Feather.USER_PLUS;
            });
            Label name = new Label(entry.name(), icon);
            name.getStyleClass().add("quick-switcher-name");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox line = new HBox(8, name, gap);
            line.setAlignment(Pos.CENTER_LEFT);
            if (entry.kind() != QuickSwitcherViewModel.Kind.ROOM) {
                Label hint = new Label(entry.kind() == QuickSwitcherViewModel.Kind.USER
                        ? i18n.get("switcher.start_private") : i18n.get("switcher.private_chat"));
                hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "quick-switcher-hint");
                line.getChildren().add(hint);
            }
            setGraphic(line);
        }
    }
}
