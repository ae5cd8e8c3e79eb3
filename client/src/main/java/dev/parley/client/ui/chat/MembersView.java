package dev.parley.client.ui.chat;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.media.Media;
import dev.parley.client.model.UserColors;
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
import javafx.scene.paint.Color;

/**
 * The member panel on the right of the chat, toggled from the room header: the open room's
 * members with avatar, name in their colour and status line. Clicking a name will open a private
 * chat once those exist (issue 4); until then names are only shown.
 */
final class MembersView {
    private final VBox root;

    MembersView(MembersViewModel vm, Localization i18n, Media media) {
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
            @Override
            protected void updateItem(UserInfo user, boolean empty) {
                super.updateItem(user, empty);
                setText(null);
                if (empty || user == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(user.shownName());
                name.getStyleClass().add("member-name");
                name.setTextFill(Color.web(UserColors.sanitize(user.color())));
                VBox text = new VBox(0, name);
                if (user.status() != null && !user.status().isBlank()) {
                    Label status = new Label(user.status());
                    status.getStyleClass().addAll("member-status", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                    status.setTooltip(new Tooltip(user.status()));
                    text.getChildren().add(status);
                }
                HBox.setHgrow(text, Priority.ALWAYS);
                HBox row = new HBox(8, media.avatar(user, 24), text);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
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
