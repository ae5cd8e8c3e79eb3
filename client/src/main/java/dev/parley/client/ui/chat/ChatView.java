package dev.parley.client.ui.chat;

import dev.parley.client.i18n.Localization;
import atlantafx.base.theme.Styles;
import dev.parley.client.model.ConnectionState;
import dev.parley.client.media.AttachmentTray;
import dev.parley.client.media.Media;
import dev.parley.client.model.RoomPermissions;
import dev.parley.client.ui.moderation.CreateRoomView;
import dev.parley.client.ui.moderation.CreateRoomViewModel;
import dev.parley.client.ui.moderation.ModeratorsView;
import dev.parley.client.ui.moderation.RoomBansView;
import dev.parley.client.ui.moderation.RoomBansViewModel;
import dev.parley.client.ui.moderation.RoomSettingsView;
import dev.parley.client.ui.moderation.RoomSettingsViewModel;
import dev.parley.protocol.model.RoomInfo;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main chat window in the spirit of Slack: rooms in a sidebar on the left (with who we are
 * and the connection state at its foot), and on the right the room header with name, topic
 * and, when hosting, "Hosting at" the address to share with a copy and a stop button; then the
 * connection banner (while reconnecting), the message list, the messages waiting to be sent and
 * the composer.
 *
 * <p>Moderation: the sidebar header holds the admin menu and, for those who may open rooms, a
 * "+" for a new room; closed rooms carry a lock. The room header has a menu with what the user
 * may do to the room (settings, moderators, bans) and shows why the user was put out of a room.
 * A timeline ticks the ViewModel every quarter second (slowmode countdown, restrictions running
 * out, day banners rolling over at midnight) while the view is on screen. A button in the room
 * header shows the member panel on the right.
 */
public final class ChatView {
    private final BorderPane root = new BorderPane();
    private final ChatViewModel vm;
    private final Localization i18n;
    private final javafx.beans.property.BooleanProperty membersShown = new javafx.beans.property.SimpleBooleanProperty(false);
    /** Whether the chat's window has focus; held, since a mapped value only reports while it is referenced. */
    private javafx.beans.value.ObservableValue<Boolean> windowFocused;

    /**
     * @param adminMenu the admin menu's node for the sidebar header, or null
     * @param media     pictures, files and avatars
     * @param opener    opens the links in messages (the browser)
     */
    public ChatView(ChatViewModel vm, Localization i18n, Node adminMenu, Media media, LinkOpener opener) {
        this.vm = vm;
        this.i18n = i18n;
        root.setLeft(sidebar(adminMenu));
        BorderPane main = new BorderPane();
        main.setTop(header());
        Node list = new MessageListView(vm, i18n, media, LinkOpener.safe(opener)).node();
        VBox.setVgrow(list, Priority.ALWAYS);
        main.setCenter(new VBox(new ConnectionBannerView(vm.connection(), i18n).node(), list,
                new PendingMessagesView(vm, i18n).node()));
        AttachmentTray tray = media.newTray();
        vm.composer().setTray(tray);
        main.setBottom(new ComposerView(vm.composer(), vm.mentions(), tray, i18n).node());
        MembersView members = new MembersView(vm.members(), i18n, media, UserNames.of(vm));
        members.node().visibleProperty().bind(membersShown);
        members.node().managedProperty().bind(membersShown);
        main.setRight(members.node());
        membersShown.addListener((obs, was, now) -> {
            if (now) {
                vm.members().load(vm.currentRoomProperty().get() == null ? -1 : vm.currentRoomProperty().get().id());
            }
        });
        vm.currentRoomProperty().addListener((obs, old, now) -> {
            if (membersShown.get() && (old == null || now == null || old.id() != now.id())) {
                vm.members().load(now == null ? -1 : now.id());
            }
        });
        main.getStyleClass().add("chat-main");
        root.setCenter(main);
        root.getStyleClass().add("chat-root");
        root.getStylesheets().add(ChatView.class.getResource("chat.css").toExternalForm());
        root.getStylesheets().add(ChatView.class.getResource("attention.css").toExternalForm());
        followWindowFocus();
        QuickSwitcherView.install(root, i18n, () -> QuickSwitcherViewModel.of(vm));
        Timeline ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> vm.tick()));
        ticker.setCycleCount(Animation.INDEFINITE);
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                ticker.stop();
            } else {
                ticker.play();
            }
        });
    }

    /** Tells the chat whether its window has focus (spec A-1: only a focused window marks read). */
    private void followWindowFocus() {
        windowFocused = root.sceneProperty().flatMap(javafx.scene.Scene::windowProperty)
                .flatMap(Window::focusedProperty).orElse(false);
        windowFocused.addListener((obs, was, now) -> vm.attention().setWindowFocused(now));
        vm.attention().setWindowFocused(windowFocused.getValue());
    }

    public Parent root() {
        return root;
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private Region sidebar(Node adminMenu) {
        Label app = new Label();
        app.textProperty().bind(i18n.text("app.name"));
        app.getStyleClass().addAll(Styles.TITLE_3, "sidebar-title");
        Region titleGap = new Region();
        HBox.setHgrow(titleGap, Priority.ALWAYS);
        HBox titleRow = new HBox(4, app, titleGap);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        titleRow.getStyleClass().add("sidebar-header");
        if (adminMenu != null) {
            titleRow.getChildren().add(adminMenu);
        }
        Label section = new Label();
        section.textProperty().bind(i18n.text("sidebar.rooms"));
        section.getStyleClass().add("sidebar-section");
        Button create = new Button(null, new FontIcon(Feather.PLUS));
        create.setId("createRoomButton");
        create.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        Tooltip createTip = new Tooltip();
        createTip.textProperty().bind(i18n.text("room.create.tooltip"));
        create.setTooltip(createTip);
        create.visibleProperty().bind(vm.canCreateRoomProperty());
        create.managedProperty().bind(create.visibleProperty());
        create.setOnAction(e -> new CreateRoomView(new CreateRoomViewModel(vm.service(), vm.executor(),
                room -> vm.roomUpdated(room, true)), i18n).show(window()));
        Region sectionGap = new Region();
        HBox.setHgrow(sectionGap, Priority.ALWAYS);
        HBox sectionRow = new HBox(4, section, sectionGap, create);
        sectionRow.setAlignment(Pos.CENTER_LEFT);
        sectionRow.getStyleClass().add("sidebar-section-row");

        FilteredList<RoomInfo> publicRooms = new FilteredList<>(vm.rooms(), r -> !r.privateChat());
        FilteredList<RoomInfo> privateChats = new FilteredList<>(vm.rooms(), RoomInfo::privateChat);
        ListView<RoomInfo> rooms = conversationList("roomList", publicRooms);
        rooms.setTooltip(QuickSwitcherView.hint(i18n));
        Label privateSection = new Label();
        privateSection.textProperty().bind(i18n.text("sidebar.private"));
        privateSection.getStyleClass().add("sidebar-section");
        HBox privateRow = new HBox(4, privateSection);
        privateRow.setAlignment(Pos.CENTER_LEFT);
        privateRow.getStyleClass().add("sidebar-section-row");
        ListView<RoomInfo> chats = conversationList("privateList", privateChats);
        // The private chats take the room their lines need (up to a third of the sidebar), the rooms the rest.
        chats.prefHeightProperty().bind(Bindings.min(Bindings.size(privateChats).multiply(40).add(6), 220));
        chats.setMinHeight(0);
        Label noChats = new Label();
        noChats.textProperty().bind(i18n.text("sidebar.private.empty"));
        noChats.setWrapText(true);
        noChats.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL, "sidebar-hint");
        noChats.visibleProperty().bind(Bindings.isEmpty(privateChats));
        noChats.managedProperty().bind(noChats.visibleProperty());
        chats.visibleProperty().bind(Bindings.isEmpty(privateChats).not());
        chats.managedProperty().bind(chats.visibleProperty());
        VBox.setVgrow(rooms, Priority.ALWAYS);

        Label me = new Label();
        me.textProperty().bind(Bindings.createStringBinding(() -> vm.selfProperty().get().shownName(), vm.selfProperty()));
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
            case RECONNECTING -> "status.reconnecting";
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

        VBox sidebar = new VBox(titleRow, sectionRow, rooms, privateRow, chats, noChats, footer);
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPrefWidth(220);
        return sidebar;
    }

    /**
     * A sidebar list of conversations (rooms, or private chats): choosing one opens it; it follows
     * the open conversation (selected when it is one of its own, else nothing selected); its lines
     * follow counts and names themselves ({@link ConversationCell}).
     */
    private ListView<RoomInfo> conversationList(String id, FilteredList<RoomInfo> items) {
        ListView<RoomInfo> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("room-list");
        list.setCellFactory(lv -> new ConversationCell(vm, i18n));
        Runnable follow = () -> {
            RoomInfo now = vm.currentRoomProperty().get();
            if (now == null || !items.contains(now)) {
                // A failed open leaves no room open: clear the selection so choosing it again retries.
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(now);
            }
        };
        vm.currentRoomProperty().addListener((obs, old, now) -> follow.run());
        items.addListener((javafx.collections.ListChangeListener<RoomInfo>) c -> follow.run());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.openRoom(now);
            }
        });
        return list;
    }

    private void styleDot(Circle dot, ConnectionState state) {
        dot.getStyleClass().removeAll("connected", "connecting", "disconnected", "reconnecting");
        dot.getStyleClass().add(state.name().toLowerCase(java.util.Locale.ROOT));
    }

    private Region header() {
        Label title = new Label();
        title.setId("roomTitle");
        title.getStyleClass().addAll(Styles.TITLE_4, "room-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> {
                    RoomInfo room = vm.currentRoomProperty().get();
                    return room == null ? "" : room.privateChat() ? vm.conversationName(room) : "# " + room.name();
                }, vm.currentRoomProperty(), vm.users().users()));
        Label topic = new Label();
        topic.setId("roomTopic");
        topic.getStyleClass().addAll(Styles.TEXT_MUTED, "room-topic");
        topic.textProperty().bind(Bindings.createStringBinding(
                () -> vm.currentRoomProperty().get() == null ? "" : vm.currentRoomProperty().get().topic(),
                vm.currentRoomProperty()));
        VBox titles = new VBox(2, title, topic);
        javafx.scene.control.CheckBox notify = new javafx.scene.control.CheckBox();
        notify.setId("notifyToggle");
        notify.textProperty().bind(i18n.text("conversation.notifications"));
        Tooltip notifyTip = new Tooltip();
        notifyTip.textProperty().bind(i18n.text("conversation.notifications.tooltip"));
        notify.setTooltip(notifyTip);
        notify.visibleProperty().bind(vm.currentRoomProperty().isNotNull());
        notify.managedProperty().bind(notify.visibleProperty());
        Runnable showNotify = () -> {
            RoomInfo room = vm.currentRoomProperty().get();
            notify.setSelected(room == null || vm.attention().state(room.id()).notifications());
        };
        vm.currentRoomProperty().addListener((obs, old, now) -> showNotify.run());
        vm.attention().states().addListener((javafx.collections.MapChangeListener<Long, dev.parley.protocol.model.ConversationState>) c -> showNotify.run());
        notify.setOnAction(e -> {
            RoomInfo room = vm.currentRoomProperty().get();
            if (room != null) {
                vm.attention().setNotifications(room.id(), notify.isSelected());
            }
        });
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

        javafx.scene.control.ToggleButton membersToggle = new javafx.scene.control.ToggleButton(null, new FontIcon(Feather.USERS));
        membersToggle.setId("membersToggle");
        membersToggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        membersToggle.selectedProperty().bindBidirectional(membersShown);
        Tooltip membersTip = new Tooltip();
        membersTip.textProperty().bind(i18n.text("members.toggle"));
        membersToggle.setTooltip(membersTip);
        membersToggle.visibleProperty().bind(vm.currentRoomProperty().isNotNull());
        HBox bar = new HBox(12, titles, shareBox, notify, membersToggle, roomMenu());
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

        Label notice = new Label();
        notice.setId("chatNotice");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setGraphic(new FontIcon(Feather.SLASH));
        notice.textProperty().bind(Bindings.createStringBinding(() -> {
            String text = i18n.get(vm.noticeProperty().get());
            String reason = vm.noticeReasonProperty().get();
            return reason == null ? text : text + " " + i18n.get("mod.reason", reason);
        }, vm.noticeProperty(), vm.noticeReasonProperty(), i18n.localeProperty()));
        notice.getStyleClass().add("chat-notice");
        notice.visibleProperty().bind(vm.noticeProperty().isNotNull());
        notice.managedProperty().bind(notice.visibleProperty());
        return new VBox(bar, error, notice);
    }

    /** What the user may do to the open room: settings, moderators, bans (each only when allowed). */
    private Node roomMenu() {
        MenuItem settings = menuItem("roomSettingsItem", "room.menu.settings", Feather.SETTINGS);
        settings.setOnAction(e -> {
            RoomInfo room = vm.currentRoomProperty().get();
            new RoomSettingsView(new RoomSettingsViewModel(vm.service(), vm.executor(), room,
                    changed -> vm.roomUpdated(changed, false)), i18n).show(window());
        });
        MenuItem moderators = menuItem("moderatorsItem", "room.menu.moderators", Feather.SHIELD);
        moderators.setOnAction(e -> new ModeratorsView(vm, i18n).show(window()));
        MenuItem bans = menuItem("roomBansItem", "room.menu.bans", Feather.SLASH);
        bans.setOnAction(e -> {
            RoomBansViewModel page = new RoomBansViewModel(vm.service(), vm.executor(),
                    vm.currentRoomProperty().get(), vm.permissionsProperty().get());
            new RoomBansView(page, i18n).show(window());
            page.load();
        });
        MenuButton menu = new MenuButton(null, new FontIcon(Feather.MORE_VERTICAL), settings, moderators, bans);
        menu.setId("roomMenu");
        menu.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "no-arrow");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("room.menu.tooltip"));
        menu.setTooltip(tip);
        Runnable refresh = () -> {
            RoomPermissions p = vm.permissionsProperty().get();
            settings.setVisible(p.editRoom());
            moderators.setVisible(p.viewModerators());
            bans.setVisible(p.seeBans());
            menu.setVisible(p.editRoom() || p.viewModerators() || p.seeBans());
        };
        vm.permissionsProperty().addListener((obs, old, now) -> refresh.run());
        refresh.run();
        menu.managedProperty().bind(menu.visibleProperty());
        return menu;
    }

    private MenuItem menuItem(String id, String key, Feather icon) {
        MenuItem item = new MenuItem(null, new FontIcon(icon));
        item.setId(id);
        item.textProperty().bind(i18n.text(key));
        return item;
    }
}
