package dev.parley.client.ui.admin;

import static dev.parley.client.ui.admin.AdminPage.ADDRESS_BLOCKS;
import static dev.parley.client.ui.admin.AdminPage.ADMINS;
import static dev.parley.client.ui.admin.AdminPage.AUDIT_LOG;
import static dev.parley.client.ui.admin.AdminPage.BAN_HISTORY;
import static dev.parley.client.ui.admin.AdminPage.BLOCKED_USERS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class AdminMenuViewModelTest {
    private final SimpleObjectProperty<Role> role = new SimpleObjectProperty<>();

    private AdminMenuViewModel menu(Role initial) {
        role.set(initial);
        return new AdminMenuViewModel(new FakeChatService(), new SameThreadTaskExecutor(),
                new UserInfo(1, "me", "me", "#123456"), role);
    }

    @Test
    void pages_user_onlyBlockedUsers() {
        assertThat(menu(Role.USER).pages()).containsExactly(BLOCKED_USERS);
    }

    @Test
    void pages_guest_onlyBlockedUsers() {
        assertThat(menu(Role.GUEST).pages()).containsExactly(BLOCKED_USERS);
    }

    @Test
    void pages_admin_addsBanHistoryAddressBlocksAndAuditLogButNotAdmins() {
        assertThat(menu(Role.ADMIN).pages()).containsExactly(BLOCKED_USERS, BAN_HISTORY, ADDRESS_BLOCKS, AUDIT_LOG);
    }

    @Test
    void pages_superuser_addsAdmins() {
        assertThat(menu(Role.SUPERUSER).pages()).containsExactly(BLOCKED_USERS, BAN_HISTORY, ADDRESS_BLOCKS, AUDIT_LOG, ADMINS);
    }

    @Test
    void pages_roleChangesWhileLoggedIn_followLive() {
        AdminMenuViewModel menu = menu(Role.USER);

        role.set(Role.ADMIN);
        assertThat(menu.pages()).containsExactly(BLOCKED_USERS, BAN_HISTORY, ADDRESS_BLOCKS, AUDIT_LOG);

        role.set(Role.USER);
        assertThat(menu.pages()).containsExactly(BLOCKED_USERS);
    }
}
