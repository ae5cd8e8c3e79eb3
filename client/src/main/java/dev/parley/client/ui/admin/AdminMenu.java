package dev.parley.client.ui.admin;

import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;

/**
 * Placeholder so the chat compiles on its own branch: the admin helper's AdminMenu (blocked
 * users and admin pages) replaces this file when the branches are merged.
 */
public final class AdminMenu {
    private final MenuButton button = new MenuButton();

    public AdminMenu(ChatService service, TaskExecutor executor, UserInfo me, ReadOnlyObjectProperty<Role> role) {
        button.setId("adminMenu");
    }

    public Node node() {
        return button;
    }
}
