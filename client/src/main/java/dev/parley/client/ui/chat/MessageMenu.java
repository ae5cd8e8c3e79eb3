package dev.parley.client.ui.chat;

import dev.parley.client.i18n.Localization;
import dev.parley.client.model.MessageItem;
import dev.parley.client.model.UserAction;
import dev.parley.client.ui.moderation.BanDialogView;
import dev.parley.client.ui.moderation.BanDialogViewModel;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.UserInfo;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A message's context menu: what the user may do to the message (reply, react, edit, the
 * versions, delete, reveal the author of an anonymous message), then what they may do to its
 * author (ban, mute, moderator, admin, block), each only when {@link MessageActions} and the
 * chat allow it.
 */
final class MessageMenu {
    private final ChatViewModel vm;
    private final Localization i18n;
    private final Consumer<MessageItem> showVersions;
    private final Consumer<MessageItem> confirmDelete;
    private final Supplier<Window> window;

    MessageMenu(ChatViewModel vm, Localization i18n, Consumer<MessageItem> showVersions, Consumer<MessageItem> confirmDelete,
                Supplier<Window> window) {
        this.vm = vm;
        this.i18n = i18n;
        this.showVersions = showVersions;
        this.confirmDelete = confirmDelete;
        this.window = window;
    }

    ContextMenu menuFor(MessageItem item, MessageCell cell) {
        ContextMenu menu = new ContextMenu();
        MessageActions actions = vm.actions();
        if (actions.canRespond(item)) {
            menu.getItems().add(entry("menu-reply", "message.reply", Feather.CORNER_UP_LEFT, () -> vm.composer().replyTo(item)));
            menu.getItems().add(entry("menu-react", "reaction.add", Feather.SMILE,
                    () -> cell.emojiMenu(item).show(cell, javafx.geometry.Side.BOTTOM, 40, -cell.getHeight() / 2)));
        }
        if (actions.canEdit(item)) {
            menu.getItems().add(entry("menu-edit", "message.edit", Feather.EDIT_2, () -> vm.composer().startEdit(item)));
        }
        if (item.edited() && !item.deleted()) {
            menu.getItems().add(entry("menu-versions", "message.versions", Feather.CLOCK, () -> showVersions.accept(item)));
        }
        if (actions.canDelete(item)) {
            menu.getItems().add(entry("menu-delete", "message.delete", Feather.TRASH_2, () -> confirmDelete.accept(item)));
        }
        if (actions.canReveal(item)) {
            menu.getItems().add(entry("menu-reveal", "message.reveal", Feather.EYE, () -> actions.reveal(item)));
        }
        UserInfo author = item.author() != null ? item.author()
                : new UserInfo(item.authorId(), item.authorName(), item.authorName(), item.authorColor());
        boolean first = true;
        for (UserAction action : item.shownAsAnonymous() ? java.util.Set.<UserAction>of() : vm.actionsFor(item.authorId(), author.username())) {
            if (first && !menu.getItems().isEmpty()) {
                menu.getItems().add(new SeparatorMenuItem());
            }
            first = false;
            MenuItem entry = new MenuItem();
            entry.textProperty().bind(i18n.text(switch (action) {
                case BAN -> "mod.menu.ban";
                case MUTE -> "mod.menu.mute";
                case MAKE_MODERATOR -> "mod.menu.make_moderator";
                case REMOVE_MODERATOR -> "mod.menu.remove_moderator";
                case MAKE_ADMIN -> "mod.menu.make_admin";
                case REMOVE_ADMIN -> "mod.menu.remove_admin";
                case BLOCK -> "mod.menu.block";
                case UNBLOCK -> "mod.menu.unblock";
            }));
            entry.setId("menu-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            entry.setOnAction(e -> act(action, author));
            menu.getItems().add(entry);
        }
        return menu;
    }

    private MenuItem entry(String id, String key, Feather icon, Runnable action) {
        MenuItem entry = new MenuItem(null, new FontIcon(icon));
        entry.setId(id);
        entry.textProperty().bind(i18n.text(key));
        entry.setOnAction(e -> action.run());
        return entry;
    }

    private void act(UserAction action, UserInfo author) {
        switch (action) {
            case BAN, MUTE -> new BanDialogView(new BanDialogViewModel(vm.service(), vm.executor(), author,
                    vm.currentRoomProperty().get(), vm.permissionsProperty().get(),
                    action == UserAction.MUTE ? RestrictionKind.MUTE : RestrictionKind.BAN, done -> { }), i18n)
                    .show(window.get());
            case MAKE_MODERATOR -> vm.appoint(author.id());
            case REMOVE_MODERATOR -> vm.demote(author.id());
            case MAKE_ADMIN -> vm.setAdmin(author.id(), true);
            case REMOVE_ADMIN -> vm.setAdmin(author.id(), false);
            case BLOCK -> vm.block(author.id());
            case UNBLOCK -> vm.unblock(author.id());
        }
    }
}
