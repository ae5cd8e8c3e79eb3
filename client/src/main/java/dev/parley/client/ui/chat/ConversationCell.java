package dev.parley.client.ui.chat;

import dev.parley.client.i18n.Localization;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.ConversationState;
import dev.parley.protocol.model.RoomInfo;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One line of the sidebar (spec R-4): a room ("# name", a lock when closed) or a private chat
 * (the other participant's name), bold while anything in it is unread, with the unread count
 * ("1000+" at the server's cap) in a badge and a separate "@" mark while unread messages mention
 * the user; a private chat's name is coloured by the other participant's presence. Each cell follows the counts and the users itself and redraws its own line when its
 * conversation's state changes ({@code ListView.refresh} would be lost on a list whose skin is
 * not made yet, as the private chats' list is until its first chat arrives). Ids for tests: {@code unreadBadge-<room>},
 * {@code mentionMark-<room>}.
 */
final class ConversationCell extends ListCell<RoomInfo> {
    private final ChatViewModel vm;
    private final Localization i18n;
    private final Label name = new Label();
    private final Label mention = new Label("@");
    private final Label count = new Label();
    private final FontIcon lock = new FontIcon(Feather.LOCK);
    private final HBox box;
    private final UserNames names;
    /** Held so the presence (which holds it weakly) keeps telling this cell. */
    private final javafx.collections.SetChangeListener<Long> presenceListener;

    ConversationCell(ChatViewModel vm, Localization i18n) {
        this.vm = vm;
        this.i18n = i18n;
        name.getStyleClass().add("conversation-name");
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        mention.getStyleClass().add("mention-mark");
        count.getStyleClass().add("unread-badge");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.SOMETIMES);
        box = new HBox(4, name, gap, lock, mention, count);
        box.setAlignment(Pos.CENTER_LEFT);
        vm.attention().states().addListener((MapChangeListener<Long, ConversationState>) c -> {
            RoomInfo shown = getItem();
            if (shown != null && c.getKey() == shown.id()) {
                render(shown, false);
            }
        });
        vm.users().onChange(u -> {
            RoomInfo shown = getItem();
            if (shown != null && shown.privateChat()) {
                render(shown, false);
            }
        });
        i18n.localeProperty().addListener((obs, old, now) -> render(getItem(), isEmpty()));
        names = UserNames.of(vm);
        presenceListener = names.onChange(user -> {
            RoomInfo shown = getItem();
            dev.parley.protocol.model.UserInfo partner = vm.partnerOf(shown);
            if (partner != null && partner.id() == user) {
                render(shown, false);
            }
        });
    }

    @Override
    protected void updateItem(RoomInfo room, boolean empty) {
        super.updateItem(room, empty);
        render(room, empty);
    }

    private void render(RoomInfo room, boolean empty) {
        setText(null);
        getStyleClass().removeAll("room-closed", "unread");
        if (empty || room == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        ConversationState state = vm.attention().state(room.id());
        name.setText(room.privateChat() ? vm.conversationName(room) : "# " + room.name());
        dev.parley.protocol.model.UserInfo partner = vm.partnerOf(room);
        if (partner != null) {
            // a private chat is named after a person: coloured by their presence, as names are everywhere (A-5)
            names.colour(name, partner.id(), partner.color());
        } else {
            name.setStyle(null);
            name.getStyleClass().removeAll(UserNames.ONLINE, UserNames.OFFLINE);
        }
        lock.setVisible(room.closed());
        lock.setManaged(room.closed());
        if (room.closed()) {
            getStyleClass().add("room-closed");
        }
        boolean unread = state.unread() > 0;
        if (unread) {
            getStyleClass().add("unread");
        }
        count.setId("unreadBadge-" + room.id());
        count.setText(state.unread() >= Limits.MAX_UNREAD_COUNT ? i18n.get("sidebar.unread.max", Limits.MAX_UNREAD_COUNT)
                : i18n.get("sidebar.unread.count", state.unread()));
        count.setVisible(unread);
        count.setManaged(unread);
        mention.setId("mentionMark-" + room.id());
        mention.setVisible(state.mentions() > 0);
        mention.setManaged(state.mentions() > 0);
        setTooltip(unread ? new Tooltip(i18n.get("sidebar.unread.tooltip", state.unread(), state.mentions())) : null);
        setGraphic(box);
    }
}
