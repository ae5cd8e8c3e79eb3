package dev.parley.client.ui.chat;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.media.Media;
import dev.parley.protocol.model.UserInfo;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.collections.SetChangeListener;
import javafx.scene.layout.StackPane;

/**
 * The member panel on the right of the chat, toggled from the room header: the open room's
 * members, online first, with avatar, a small dot on it while online, the name (their colour
 * while online, muted while not: {@link UserNames}) and status line, all changing live. Clicking
 * a name opens the private chat with that member (spec R-3).
 */
final class MembersView {
    private final VBox root;

    MembersView(MembersViewModel vm, Localization i18n, Media media, UserNames names) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("members.title"));
        title.getStyleClass().addAll("members-title", Styles.TEXT_BOLD);
        ListView<UserInfo> list = new ListView<>(vm.members());
        list.setId("memberList");
        list.getStyleClass().add("member-list");
        list.setFocusTraversable(false);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> vm.errorProperty().get() != null
                ? i18n.get(vm.errorProperty().get())
                : i18n.get(vm.loadingProperty().get() ? "members.loading" : "members.none"),
                vm.errorProperty(), vm.loadingProperty(), i18n.localeProperty()));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setCellFactory(lv -> new ListCell<>() {
            private final Label name = new Label();
            private final Region dot = new Region();
            /** Held here: the presence holds it only weakly. */
            private final SetChangeListener<Long> presenceChanged = names.onChange(user -> {
                if (getItem() != null && getItem().id() == user) {
                    showPresence(getItem());
                }
            });

            {
                name.getStyleClass().add("member-name");
                dot.getStyleClass().add("presence-dot");
                // Unmanaged: sits over the avatar's lower right corner instead of taking a place in the row.
                dot.setManaged(false);
                dot.setMinSize(8, 8);
                dot.setPrefSize(8, 8);
                dot.setMaxSize(8, 8);
                dot.relocate(17, 17);
                Tooltip online = new Tooltip();
                online.textProperty().bind(i18n.text("presence.online"));
                Tooltip.install(dot, online);
                dot.accessibleTextProperty().bind(online.textProperty());
            }

            @Override
            protected void updateItem(UserInfo user, boolean empty) {
                super.updateItem(user, empty);
                setText(null);
                if (empty || user == null) {
                    setGraphic(null);
                    return;
                }
                name.setText(user.shownName());
                names.link(name, user.id());
                showPresence(user);
                VBox text = new VBox(0, name);
                if (user.status() != null && !user.status().isBlank()) {
                    Label status = new Label(user.status());
                    status.getStyleClass().addAll("member-status", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                    status.setTooltip(new Tooltip(user.status()));
                    text.getChildren().add(status);
                }
                HBox.setHgrow(text, Priority.ALWAYS);
                StackPane avatar = new StackPane(media.avatar(user, 24), dot);
                avatar.getStyleClass().add("member-avatar");
                HBox row = new HBox(8, avatar, text);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }

            private void showPresence(UserInfo user) {
                names.colour(name, user.id(), user.color());
                dot.setVisible(vm.isOnline(user.id()));
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        root = new VBox(6, title, list);
        root.setId("memberPanel");
        root.getStyleClass().add("member-panel");
        root.setPrefWidth(220);
        root.setMinWidth(Region.USE_PREF_SIZE);
    }

    VBox node() {
        return root;
    }
}
