package dev.parley.client.ui.admin;

import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The admin menu's state: which pages the user may open, following their role live (an admin
 * appointed or removed while logged in sees the menu change at once), and a fresh ViewModel
 * for each page when it is opened.
 */
public final class AdminMenuViewModel {
    private final ChatService service;
    private final TaskExecutor executor;
    private final UserInfo me;
    private final ReadOnlyObjectProperty<Role> role;
    private final ObservableList<AdminPage> pages = FXCollections.observableArrayList();
    private final ObservableList<AdminPage> pagesView = FXCollections.unmodifiableObservableList(pages);

    public AdminMenuViewModel(ChatService service, TaskExecutor executor, UserInfo me, ReadOnlyObjectProperty<Role> role) {
        this.service = service;
        this.executor = executor;
        this.me = me;
        this.role = role;
        pages.setAll(AdminPage.forRole(role.get()));
        role.addListener((obs, old, now) -> pages.setAll(AdminPage.forRole(now)));
    }

    // Properties

    /** The pages the user may open now, in menu order. */
    public ObservableList<AdminPage> pages() {
        return pagesView;
    }

    public ReadOnlyObjectProperty<Role> roleProperty() {
        return role;
    }

    // Commands: a ViewModel for a page being opened

    public BlockedUsersViewModel blockedUsers() {
        return new BlockedUsersViewModel(service, executor);
    }

    public BanHistoryViewModel banHistory() {
        return new BanHistoryViewModel(service, executor);
    }

    public AddressBlocksViewModel addressBlocks() {
        return new AddressBlocksViewModel(service, executor);
    }

    public AuditLogViewModel auditLog() {
        return new AuditLogViewModel(service, executor);
    }

    public AdminsViewModel admins() {
        return new AdminsViewModel(service, executor, me);
    }
}
