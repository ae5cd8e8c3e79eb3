package dev.parley.client.ui.admin;

import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.ListBlocks;
import dev.parley.protocol.frame.UnblockUser;
import dev.parley.protocol.model.UserInfo;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Blocked users page (MOD-7): the caller's block list, each with "Unblock". */
public final class BlockedUsersViewModel extends AdminPageViewModel {
    private final ObservableList<UserInfo> users = FXCollections.observableArrayList();

    public BlockedUsersViewModel(ChatService service, TaskExecutor executor) {
        super(service, executor);
    }

    // Properties

    public ObservableList<UserInfo> users() {
        return users;
    }

    // Commands

    public void load() {
        call(() -> service.request(ListBlocks::new), list -> users.setAll(list.users()));
    }

    /** Removes {@code user} from the block list; their row goes once the server agreed. */
    public void unblock(UserInfo user) {
        call(() -> service.request(id -> new UnblockUser(id, user.id())), done -> users.removeIf(u -> u.id() == user.id()));
    }
}
