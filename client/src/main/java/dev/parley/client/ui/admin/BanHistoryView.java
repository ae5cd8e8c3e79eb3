package dev.parley.client.ui.admin;

import static dev.parley.client.ui.admin.AdminViews.actionColumn;
import static dev.parley.client.ui.admin.AdminViews.bar;
import static dev.parley.client.ui.admin.AdminViews.button;
import static dev.parley.client.ui.admin.AdminViews.column;
import static dev.parley.client.ui.admin.AdminViews.field;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.protocol.model.Restriction;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/**
 * The admins' Ban history page (MOD-6): a table of every ban, mute and room-opening ban with
 * who, what, where, by whom, why, from, until and its state; a user-name filter; "Load more";
 * "Cancel" per row after a confirmation; and "Ban user…" for site-wide bans.
 */
final class BanHistoryView {
    private final Parent root;

    BanHistoryView(BanHistoryViewModel vm, Localization i18n) {
        TextField filter = field(i18n, "admin.bans.filter_prompt", vm.userFilterProperty());
        filter.setId("banFilterField");
        filter.setOnAction(e -> vm.applyFilter());
        Button apply = button(i18n, "admin.filter.apply", Feather.SEARCH);
        apply.setId("banFilterButton");
        apply.setOnAction(e -> vm.applyFilter());
        Button clear = button(i18n, "admin.filter.clear", Feather.X);
        clear.setId("banFilterClearButton");
        clear.getStyleClass().add(Styles.FLAT);
        clear.visibleProperty().bind(vm.filteredUserProperty().isNotNull());
        clear.managedProperty().bind(clear.visibleProperty());
        clear.setOnAction(e -> vm.clearFilter());
        Label showing = new Label();
        showing.setId("banFilterShowing");
        showing.getStyleClass().add(Styles.TEXT_MUTED);
        showing.textProperty().bind(Bindings.createStringBinding(() -> vm.filteredUserProperty().get() == null
                        ? i18n.get("admin.bans.showing_all")
                        : i18n.get("admin.bans.showing_user", vm.filteredUserProperty().get().username()),
                vm.filteredUserProperty(), i18n.localeProperty()));
        Button ban = button(i18n, "admin.bans.ban_user", Feather.SLASH);
        ban.setId("banUserButton");
        ban.getStyleClass().add(Styles.DANGER);
        ban.setOnAction(e -> new BanUserDialog(vm.banUser(), i18n, ban.getScene().getWindow()).show());

        TableView<Restriction> table = AdminViews.table(vm.bans(), i18n, "admin.bans.empty");
        table.setId("banTable");
        table.getColumns().add(column(i18n, "admin.column.user", r -> AdminViews.name(r.user())));
        table.getColumns().add(column(i18n, "admin.column.kind", r -> AdminViews.kind(i18n, r.kind())));
        table.getColumns().add(column(i18n, "admin.column.room",
                r -> r.room() == null ? i18n.get("admin.bans.all_rooms") : r.roomName()));
        table.getColumns().add(column(i18n, "admin.column.by",
                r -> r.actor() == null ? i18n.get("admin.system") : r.actor().username()));
        table.getColumns().add(column(i18n, "admin.column.reason", r -> r.reason() == null ? "" : r.reason()));
        table.getColumns().add(column(i18n, "admin.column.from", r -> AdminViews.dateTime(i18n, r.created())));
        table.getColumns().add(column(i18n, "admin.column.until",
                r -> r.until() == null ? i18n.get("admin.bans.indefinitely") : AdminViews.dateTime(i18n, r.until())));
        table.getColumns().add(column(i18n, "admin.column.state", r -> i18n.get(BanHistoryViewModel.stateText(r))));
        table.getColumns().add(actionColumn(i18n, "admin.bans.cancel", Feather.TRASH_2, Styles.DANGER, r -> true,
                r -> confirmCancel(vm, i18n, r)));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button more = button(i18n, "admin.load_more", Feather.CHEVRONS_DOWN);
        more.setId("banLoadMoreButton");
        more.visibleProperty().bind(vm.hasMoreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(vm.busyProperty());
        more.setOnAction(e -> vm.loadMore());

        root = AdminViews.page(i18n, "admin.bans.title", vm, new VBox(8, table, more),
                bar(filter, apply, clear, showing, AdminViews.spacer(), ban));
        vm.load();
    }

    Parent root() {
        return root;
    }

    private void confirmCancel(BanHistoryViewModel vm, Localization i18n, Restriction ban) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.initOwner(root.getScene().getWindow());
        confirm.setTitle(i18n.get("admin.bans.cancel_title"));
        confirm.setHeaderText(i18n.get("admin.bans.cancel_header", AdminViews.kind(i18n, ban.kind()), AdminViews.name(ban.user())));
        confirm.setContentText(i18n.get("admin.bans.cancel_text"));
        confirm.getDialogPane().setId("cancelBanDialog");
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setText(i18n.get("admin.bans.cancel_confirm"));
        ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(i18n.get("admin.bans.cancel_keep"));
        confirm.showAndWait().filter(ButtonType.OK::equals).ifPresent(b -> vm.cancel(ban));
    }
}
