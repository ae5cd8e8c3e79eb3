package dev.parley.client.ui.admin;

import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ListAdmins;
import dev.parley.protocol.frame.SetRole;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.UserList;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Admins page (ID-5), for the superuser: the admins, "Remove admin" on each, and "Add
 * admin" by user name. The list from the server includes the superuser, who cannot be removed;
 * there is one superuser and only they see this page, so that row is the viewer's own.
 */
public final class AdminsViewModel extends AdminPageViewModel {
    private final UserInfo me;
    private final ObservableList<UserInfo> admins = FXCollections.observableArrayList();
    private final StringProperty newAdmin = new SimpleStringProperty("");

    public AdminsViewModel(ChatService service, TaskExecutor executor, UserInfo me) {
        super(service, executor);
        this.me = me;
    }

    // Properties

    public ObservableList<UserInfo> admins() {
        return admins;
    }

    /** The user name typed for "Add admin". */
    public StringProperty newAdminProperty() {
        return newAdmin;
    }

    /** Whether {@code user}'s row is the superuser's (no "Remove admin" there). */
    public boolean isSuperuser(UserInfo user) {
        return user != null && user.id() == me.id();
    }

    // Commands

    public void load() {
        call(() -> service.request(ListAdmins::new), list -> admins.setAll(list.users()));
    }

    /** Looks the typed name up and makes that user an admin, then lists the admins again. */
    public void add() {
        String name = trimmed(newAdmin.get());
        if (name == null) {
            fail(UiText.of("admin.user_required"));
            return;
        }
        call(() -> {
            UserInfo user = service.request(id -> new FindUser(id, name));
            service.request(id -> new SetRole(id, user.id(), Role.ADMIN));
            return service.request(ListAdmins::new);
        }, (UserList list) -> {
            admins.setAll(list.users());
            newAdmin.set("");
        });
    }

    /** Takes admin powers from {@code user}; their row goes once the server agreed. */
    public void remove(UserInfo user) {
        call(() -> service.request(id -> new SetRole(id, user.id(), Role.USER)), done -> admins.removeIf(u -> u.id() == user.id()));
    }
}
