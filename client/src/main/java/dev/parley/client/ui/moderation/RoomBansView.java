package dev.parley.client.ui.moderation;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.UserInfo;
import java.util.Date;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.util.function.Function;

/**
 * A room's ban management page over a {@link RoomBansViewModel}: a table of the active bans and
 * mutes with who, by whom, why, until when and what, and "Unban" where the viewer may lift it.
 */
public final class RoomBansView {
    private final Dialog<ButtonType> dialog;

    public RoomBansView(RoomBansViewModel vm, Localization i18n) {
        TableView<Restriction> table = new TableView<>(vm.bans());
        table.setId("roomBansTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(780, 320);
        table.setMinWidth(740);
        Label empty = new Label();
        empty.textProperty().bind(i18n.text("mod.bans.none"));
        table.setPlaceholder(empty);
        table.getColumns().add(column(i18n.get("mod.bans.column.user"), r -> name(r.user()), 130));
        table.getColumns().add(column(i18n.get("mod.bans.column.kind"),
                r -> switch (r.kind()) {
                    case BAN -> i18n.get("mod.bans.kind.ban");
                    case MUTE -> i18n.get("mod.bans.kind.mute");
                    case NO_ROOMS -> i18n.get("mod.bans.kind.no_rooms");
                }, 70));
        table.getColumns().add(column(i18n.get("mod.bans.column.actor"),
                r -> r.actor() == null ? i18n.get("mod.bans.actor.server") : name(r.actor()), 100));
        table.getColumns().add(column(i18n.get("mod.bans.column.reason"),
                r -> r.reason() == null ? "" : r.reason(), 170));
        table.getColumns().add(column(i18n.get("mod.bans.column.until"),
                r -> r.until() == null ? i18n.get("mod.bans.indefinitely") : i18n.get("mod.bans.until", Date.from(r.until())), 180));
        TableColumn<Restriction, Restriction> action = new TableColumn<>();
        action.setId("unbanColumn");
        action.setSortable(false);
        action.setPrefWidth(90);
        action.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        action.setCellFactory(c -> new TableCell<>() {
            private final Button unban = new Button();

            {
                unban.textProperty().bind(i18n.text("mod.bans.unban"));
                unban.getStyleClass().addAll(Styles.SMALL);
                unban.getStyleClass().add("unban-button");
            }

            @Override
            protected void updateItem(Restriction r, boolean isEmpty) {
                super.updateItem(r, isEmpty);
                if (isEmpty || r == null) {
                    setGraphic(null);
                    return;
                }
                unban.setDisable(!vm.canUnban(r) || vm.busyProperty().get());
                unban.setOnAction(e -> vm.unban(r));
                setGraphic(unban);
            }
        });
        table.getColumns().add(action);

        Button more = new Button();
        more.setId("roomBansMore");
        more.textProperty().bind(i18n.text("mod.bans.more"));
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> vm.loadMore());

        Label heading = new Label();
        heading.textProperty().bind(i18n.text("mod.bans.title", "#" + vm.room().name()));
        heading.getStyleClass().add(Styles.TITLE_4);
        VBox content = new VBox(8, heading, table, more, Dialogs.error(i18n, vm.errorProperty(), "roomBansError"));
        dialog = Dialogs.closeOnly(i18n, i18n.text("mod.bans.title", "#" + vm.room().name()), content);
        dialog.setResizable(true);
    }

    public void show(Window owner) {
        Dialogs.show(dialog, owner);
    }

    private static TableColumn<Restriction, String> column(String title, Function<Restriction, String> value, double width) {
        TableColumn<Restriction, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String name(UserInfo user) {
        if (user == null) {
            return "";
        }
        return user.displayName() == null || user.displayName().isBlank() ? user.username() : user.displayName();
    }
}
