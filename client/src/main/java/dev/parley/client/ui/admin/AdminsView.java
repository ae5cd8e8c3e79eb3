package dev.parley.client.ui.admin;

import static dev.parley.client.ui.admin.AdminViews.actionColumn;
import static dev.parley.client.ui.admin.AdminViews.bar;
import static dev.parley.client.ui.admin.AdminViews.button;
import static dev.parley.client.ui.admin.AdminViews.column;
import static dev.parley.client.ui.admin.AdminViews.field;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.protocol.model.UserInfo;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.kordamp.ikonli.feather.Feather;

/** The superuser's Admins page: the admins with "Remove admin", and "Add admin" by user name. */
final class AdminsView {
    private final Parent root;

    AdminsView(AdminsViewModel vm, Localization i18n) {
        TextField name = field(i18n, "admin.admins.add_prompt", vm.newAdminProperty());
        name.setId("newAdminField");
        name.setOnAction(e -> vm.add());
        Button add = button(i18n, "admin.admins.add", Feather.USER_PLUS);
        add.setId("addAdminButton");
        add.getStyleClass().add(Styles.ACCENT);
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.add());

        TableView<UserInfo> table = AdminViews.table(vm.admins(), i18n, "admin.admins.empty");
        table.setId("adminsTable");
        table.getColumns().add(column(i18n, "admin.column.user", AdminViews::name));
        table.getColumns().add(column(i18n, "admin.column.role",
                u -> i18n.get(vm.isSuperuser(u) ? "admin.role.superuser" : "admin.role.admin")));
        table.getColumns().add(actionColumn(i18n, "admin.admins.remove", Feather.USER_MINUS, Styles.DANGER,
                u -> !vm.isSuperuser(u), vm::remove));
        root = AdminViews.page(i18n, "admin.admins.title", vm, table, bar(name, add));
        vm.load();
    }

    Parent root() {
        return root;
    }
}
