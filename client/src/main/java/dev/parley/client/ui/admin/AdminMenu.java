package dev.parley.client.ui.admin;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The shield menu in the sidebar header that opens the personal and admin pages: "Blocked
 * users" for everyone; "Ban history", "Address blocks" and "Audit log" for admins; "Admins" for
 * the superuser. The items follow the role live. Each page opens in its own window owned by the
 * main window (opening it again brings it to the front); a page the role no longer allows is
 * closed, and so is every page when the menu leaves the screen (log-out).
 */
public final class AdminMenu {
    private final AdminMenuViewModel vm;
    private final Localization i18n;
    private final MenuButton button = new MenuButton();
    private final Map<AdminPage, Stage> windows = new EnumMap<>(AdminPage.class);

    /** A menu whose texts follow the app's language menu through {@code i18n}. */
    public AdminMenu(ChatService service, TaskExecutor executor, UserInfo me, ReadOnlyObjectProperty<Role> role,
                     Localization i18n) {
        this.vm = new AdminMenuViewModel(service, executor, me, role);
        this.i18n = i18n;
        button.setId("adminMenu");
        button.setGraphic(new FontIcon(Feather.SHIELD));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, "admin-menu");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text("admin.menu"));
        button.setTooltip(tip);
        rebuild();
        vm.pages().addListener((ListChangeListener<AdminPage>) change -> rebuild());
        button.sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                closeAll();
            }
        });
    }

    /** The menu button, for the sidebar header. */
    public Node node() {
        return button;
    }

    private void rebuild() {
        List<AdminPage> allowed = vm.pages();
        button.getItems().setAll(allowed.stream().map(this::item).toList());
        for (AdminPage page : List.copyOf(windows.keySet())) {
            if (!allowed.contains(page)) {
                windows.remove(page).close();
            }
        }
    }

    private MenuItem item(AdminPage page) {
        MenuItem item = new MenuItem();
        item.setId(switch (page) {
            case BLOCKED_USERS -> "adminMenuBlockedUsers";
            case BAN_HISTORY -> "adminMenuBanHistory";
            case ADDRESS_BLOCKS -> "adminMenuAddressBlocks";
            case AUDIT_LOG -> "adminMenuAuditLog";
            case ADMINS -> "adminMenuAdmins";
        });
        item.textProperty().bind(i18n.text(titleKey(page)));
        item.setGraphic(new FontIcon(switch (page) {
            case BLOCKED_USERS -> Feather.USER_X;
            case BAN_HISTORY -> Feather.SLASH;
            case ADDRESS_BLOCKS -> Feather.SHIELD_OFF;
            case AUDIT_LOG -> Feather.FILE_TEXT;
            case ADMINS -> Feather.USERS;
        }));
        item.setOnAction(e -> open(page));
        return item;
    }

    private static String titleKey(AdminPage page) {
        return switch (page) {
            case BLOCKED_USERS -> "blocks.title";
            case BAN_HISTORY -> "admin.bans.title";
            case ADDRESS_BLOCKS -> "admin.addresses.title";
            case AUDIT_LOG -> "admin.audit.title";
            case ADMINS -> "admin.admins.title";
        };
    }

    /** Opens {@code page} in its window, or brings the open one to the front. */
    void open(AdminPage page) {
        Stage open = windows.get(page);
        if (open != null) {
            open.toFront();
            return;
        }
        Stage stage = new Stage();
        Window owner = button.getScene() == null ? null : button.getScene().getWindow();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.titleProperty().bind(i18n.text(titleKey(page)));
        stage.setScene(new Scene(content(page), width(page), 560));
        stage.setMinWidth(480);
        stage.setMinHeight(320);
        stage.setOnHidden(e -> windows.remove(page, stage));
        windows.put(page, stage);
        stage.show();
    }

    private Parent content(AdminPage page) {
        return switch (page) {
            case BLOCKED_USERS -> new BlockedUsersView(vm.blockedUsers(), i18n).root();
            case BAN_HISTORY -> new BanHistoryView(vm.banHistory(), i18n).root();
            case ADDRESS_BLOCKS -> new AddressBlocksView(vm.addressBlocks(), i18n).root();
            case AUDIT_LOG -> new AuditLogView(vm.auditLog(), i18n).root();
            case ADMINS -> new AdminsView(vm.admins(), i18n).root();
        };
    }

    private static double width(AdminPage page) {
        return switch (page) {
            case BLOCKED_USERS, ADMINS -> 520;
            case ADDRESS_BLOCKS -> 960;
            case BAN_HISTORY -> 1280;
            case AUDIT_LOG -> 1100;
        };
    }

    private void closeAll() {
        for (Stage stage : List.copyOf(windows.values())) {
            stage.close();
        }
        windows.clear();
    }
}
