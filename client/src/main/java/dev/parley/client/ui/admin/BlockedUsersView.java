package dev.parley.client.ui.admin;

import static dev.parley.client.ui.admin.AdminViews.actionColumn;
import static dev.parley.client.ui.admin.AdminViews.column;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.protocol.model.UserInfo;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import org.kordamp.ikonli.feather.Feather;

/** The Blocked users page: whom the user has blocked, with "Unblock" on each row. */
final class BlockedUsersView {
    private final Parent root;

    BlockedUsersView(BlockedUsersViewModel vm, Localization i18n) {
        TableView<UserInfo> table = AdminViews.table(vm.users(), i18n, "blocks.empty");
        table.setId("blockedUsersTable");
        table.getColumns().add(column(i18n, "blocks.column.user", AdminViews::name));
        table.getColumns().add(column(i18n, "blocks.column.display_name", UserInfo::displayName));
        table.getColumns().add(actionColumn(i18n, "blocks.unblock", Feather.USER_CHECK, Styles.ACCENT, u -> true, vm::unblock));
        root = AdminViews.page(i18n, "blocks.title", vm, table);
        vm.load();
    }

    Parent root() {
        return root;
    }
}
