package dev.parley.client.ui.chat;

import dev.parley.client.i18n.Localization;
import atlantafx.base.theme.Styles;
import dev.parley.client.model.ConnectionState;
import dev.parley.protocol.model.RoomInfo;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main chat window in the spirit of Slack: rooms in a sidebar on the left (with who we are
 * and the connection state at its foot), and on the right the room header with name, topic
 * and, when hosting, "Hosting at" the address to share with a copy and a stop button; then the
 * message list and the composer.
 */
public final class ChatView {
    private final BorderPane root = new BorderPane();

    public ChatView(ChatViewModel vm, Localization i18n) {
        root.setLeft(sidebar(vm, i18n));
        BorderPane main = new BorderPane();
        main.setTop(header(vm, i18n));
        main.setCenter(new MessageListView(vm, i18n).node());
        main.setBottom(new ComposerView(vm.composer(), i18n).node());
        main.getStyleClass().add("chat-main");
        root.setCenter(main);
        root.getStyleClass().add("chat-root");
        root.getStylesheets().add(ChatView.class.getResource("chat.css").toExternalForm());
    }

    public Parent root() {
        return root;
    }

    private static Region sidebar(ChatViewModel vm, Localization i18n) {
        Label app = new Label();
        app.textProperty().bind(i18n.text("app.name"));
        app.getStyleClass().addAll(Styles.TITLE_3, "sidebar-title");
        Label section = new Label();
        section.textProperty().bind(i18n.text("sidebar.rooms"));
        section.getStyleClass().add("sidebar-section");

        ListView<RoomInfo> rooms = new ListView<>(vm.rooms());
        rooms.setId("roomList");
        rooms.getStyleClass().add("room-list");
        rooms.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(RoomInfo room, boolean empty) {
                super.updateItem(room, empty);
                setText(empty || room == null ? null : "# " + room.name());
            }
        });
        vm.currentRoomProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // A failed open leaves no room open: clear the selection so choosing it again retries.
                rooms.getSelectionModel().clearSelection();
            } else {
                rooms.getSelectionModel().select(now);
            }
        });
        rooms.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> vm.openRoom(now));
        VBox.setVgrow(rooms, Priority.ALWAYS);

        Label me = new Label(vm.me().displayName() == null || vm.me().displayName().isBlank()
                ? vm.me().username() : vm.me().displayName());
        me.setId("currentUser");
        me.getStyleClass().add("sidebar-user");

        Circle dot = new Circle(5);
        dot.getStyleClass().add("status-dot");
        Label status = new Label();
        status.setId("connectionStatus");
        status.setGraphic(dot);
        status.textProperty().bind(Bindings.createStringBinding(() -> i18n.get(switch (vm.connectionProperty().get()) {
            case CONNECTED -> "status.connected";
            case CONNECTING -> "status.connecting";
            case DISCONNECTED -> "status.disconnected";
        }), vm.connectionProperty(), i18n.localeProperty()));
        vm.connectionProperty().addListener((obs, old, now) -> styleDot(dot, now));
        styleDot(dot, vm.connectionProperty().get());

        Button leave = new Button(null, new FontIcon(Feather.LOG_OUT));
        leave.setId("leaveButton");
        leave.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip leaveTip = new Tooltip();
        leaveTip.textProperty().bind(i18n.text("sidebar.leave"));
        leave.setTooltip(leaveTip);
        leave.setOnAction(e -> vm.leave());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(6, new VBox(2, me, status), spacer, leave);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("sidebar-footer");

        VBox sidebar = new VBox(app, section, rooms, footer);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPrefWidth(220);
        return sidebar;
    }

    private static void styleDot(Circle dot, ConnectionState state) {
        dot.getStyleClass().removeAll("connected", "connecting", "disconnected");
        dot.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Region header(ChatViewModel vm, Localization i18n) {
        Label title = new Label();
        title.setId("roomTitle");
        title.getStyleClass().addAll(Styles.TITLE_4, "room-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> vm.currentRoomProperty().get() == null ? "" : "# " + vm.currentRoomProperty().get().name(),
                vm.currentRoomProperty()));
        Label topic = new Label();
        topic.setId("roomTopic");
        topic.getStyleClass().addAll(Styles.TEXT_MUTED, "room-topic");
        topic.textProperty().bind(Bindings.createStringBinding(
                () -> vm.currentRoomProperty().get() == null ? "" : vm.currentRoomProperty().get().topic(),
                vm.currentRoomProperty()));
        VBox titles = new VBox(2, title, topic);
        HBox.setHgrow(titles, Priority.ALWAYS);

        Label share = new Label();
        share.setId("shareAddress");
        share.getStyleClass().add("share-address");
        share.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("header.hosting", vm.shareAddressProperty().get()),
                vm.shareAddressProperty(), i18n.localeProperty()));
        Button copy = new Button(null, new FontIcon(Feather.COPY));
        copy.setId("copyAddressButton");
        copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltip copyTip = new Tooltip();
        copyTip.textProperty().bind(i18n.text("header.copy"));
        copy.setTooltip(copyTip);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.shareAddressProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Tooltip shareTip = new Tooltip();
        shareTip.textProperty().bind(i18n.text("header.share"));
        share.setTooltip(shareTip);
        Button stop = new Button(null, new FontIcon(Feather.POWER));
        stop.setId("stopHostingButton");
        stop.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
        stop.textProperty().bind(i18n.text("hosting.stop"));
        stop.disableProperty().bind(vm.stoppingHostProperty());
        stop.setOnAction(e -> vm.stopHosting());
        HBox shareBox = new HBox(4, share, copy, stop);
        shareBox.setAlignment(Pos.CENTER_RIGHT);
        shareBox.visibleProperty().bind(vm.shareAddressProperty().isNotNull());
        shareBox.managedProperty().bind(shareBox.visibleProperty());

        HBox bar = new HBox(12, titles, shareBox);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("room-header");

        Label error = new Label();
        error.setId("chatError");
        error.setWrapText(true);
        error.setMaxWidth(Double.MAX_VALUE);
        error.getStyleClass().add("chat-error");
        error.textProperty().bind(i18n.text(vm.errorProperty()));
        error.visibleProperty().bind(vm.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        return new VBox(bar, error);
    }
}
