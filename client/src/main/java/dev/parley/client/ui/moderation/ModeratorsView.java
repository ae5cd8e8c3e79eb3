package dev.parley.client.ui.moderation;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.ui.chat.ChatViewModel;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The open room's moderators, kept current by room pushes. The owner and admins get "Demote"
 * beside each; moderators only see the list. Appointing is done from a message's context menu.
 */
public final class ModeratorsView {
    private final Dialog<ButtonType> dialog;

    public ModeratorsView(ChatViewModel vm, Localization i18n) {
        ObservableList<UserInfo> moderators = FXCollections.observableArrayList();
        RoomInfo room = vm.currentRoomProperty().get();
        moderators.setAll(room == null ? java.util.List.of() : room.moderators());
        javafx.beans.value.ChangeListener<RoomInfo> follow = (obs, old, now) -> {
            if (now != null && room != null && now.id() == room.id()) {
                moderators.setAll(now.moderators());
            }
        };
        vm.currentRoomProperty().addListener(follow);
        ListView<UserInfo> list = new ListView<>(moderators);
        list.setId("moderatorList");
        list.setPrefSize(360, 240);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("room.moderators.none"));
        list.setPlaceholder(empty);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(UserInfo user, boolean isEmpty) {
                super.updateItem(user, isEmpty);
                if (isEmpty || user == null) {
                    setGraphic(null);
                    return;
                }
                Label name = new Label(user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName());
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                HBox row = new HBox(8, name, gap);
                row.setAlignment(Pos.CENTER_LEFT);
                if (vm.permissionsProperty().get().manageModerators()) {
                    Button demote = new Button();
                    demote.textProperty().bind(i18n.text("room.moderators.demote"));
                    demote.getStyleClass().addAll(Styles.SMALL, Styles.DANGER);
                    demote.setOnAction(e -> vm.demote(user.id()));
                    row.getChildren().add(demote);
                }
                setGraphic(row);
            }
        });
        Label hint = new Label();
        hint.textProperty().bind(i18n.text("room.moderators.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        dialog = Dialogs.closeOnly(i18n, i18n.text("room.moderators.title", room == null ? "" : room.name()),
                new VBox(8, list, hint));
        dialog.setOnHidden(e -> vm.currentRoomProperty().removeListener(follow));
    }

    public void show(Window owner) {
        Dialogs.show(dialog, owner);
    }
}
