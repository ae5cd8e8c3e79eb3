package dev.parley.client.ui.chat;

import dev.parley.client.i18n.Localization;
import dev.parley.client.model.MessageItem;
import dev.parley.client.model.UserAction;
import dev.parley.client.ui.moderation.BanDialogView;
import dev.parley.client.ui.moderation.BanDialogViewModel;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.UserInfo;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * The virtualized message list of the open room (only visible rows are nodes).
 *
 * <p>Scrolling is the only thing decided here, because it depends on what is on screen: a new
 * room shows its newest message at the bottom; a live message keeps the list at the bottom
 * if the user was there; when the list is scrolled to the top (or its first row is shown
 * because everything fits) the ViewModel is asked for the previous page, and after it is
 * prepended the row the user was reading is scrolled back to the top, so the text does not
 * jump.
 *
 * <p>A right click on a row (or on its author's name) opens what the user may do to the author
 * (ban, mute, moderator, admin, block), as the ViewModel allows. Messages of blocked users show
 * as a collapsed row with "Show".
 */
final class MessageListView {
    private final ListView<MessageItem> list;
    private final ChatViewModel vm;

    MessageListView(ChatViewModel vm, Localization i18n) {
        this.vm = vm;
        ObservableList<MessageItem> items = vm.messages();
        list = new ListView<>(items);
        list.setId("messageList");
        list.getStyleClass().add("message-list");
        list.setFocusTraversable(false);
        list.setCellFactory(lv -> new MessageCell(i18n));
        // Listen only once the skin listens: the skin must learn the new item count before our
        // scrollTo, or the scroll is clamped to the old count and lands at the top.
        list.skinProperty().addListener((obs, old, skin) -> {
            if (old == null && skin != null) {
                items.addListener(this::itemsChanged);
                VirtualFlow<?> flow = flow();
                if (flow != null) {
                    flow.positionProperty().addListener((p, before, now) -> positionChanged(now.doubleValue()));
                }
                scrollToBottom();
            }
        });
        // Timestamps are formatted for the locale: re-render the visible rows on a switch.
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        // Blocking, unblocking or expanding changes how rows render, not the items.
        vm.blockedUsers().addListener((SetChangeListener<Long>) c -> list.refresh());
        vm.expandedMessages().addListener((SetChangeListener<Long>) c -> list.refresh());
    }

    ListView<MessageItem> node() {
        return list;
    }

    private void itemsChanged(ListChangeListener.Change<? extends MessageItem> c) {
        ObservableList<? extends MessageItem> items = c.getList();
        MessageItem firstVisible = visibleItem(true);
        boolean atBottom = isLastVisible(items.size() - 1);
        while (c.next()) {
            if (!c.wasAdded()) {
                continue;
            }
            if (c.wasReplaced() || (c.getFrom() == 0 && c.getTo() == items.size())) {
                scrollToBottom();
            } else if (c.getFrom() == 0) {
                // At the very top (scrolled there, which is what loads an older page) the row to
                // keep on top is the old first one. The visible cells cannot be trusted then: the
                // page may arrive before the next layout pulse has placed the cells for the scroll.
                VirtualFlow<?> flow = flow();
                boolean atTop = flow == null || flow.getPosition() <= 0;
                int index = atTop || firstVisible == null ? -1 : items.indexOf(firstVisible);
                list.scrollTo(index >= 0 ? index : c.getAddedSize());
            } else if (atBottom) {
                scrollToBottom();
            }
        }
    }

    /** Reaching the top asks for older messages; reaching the bottom may reload the newest. */
    private void positionChanged(double position) {
        if (list.getItems().isEmpty()) {
            return;
        }
        if (position <= 0) {
            vm.loadOlder();
        } else if (position >= 1) {
            vm.reachedNewest();
        }
    }

    private void scrollToBottom() {
        if (!list.getItems().isEmpty()) {
            list.scrollTo(list.getItems().size() - 1);
        }
    }

    private VirtualFlow<?> flow() {
        Node n = list.lookup(".virtual-flow");
        return n instanceof VirtualFlow<?> f ? f : null;
    }

    private MessageItem visibleItem(boolean first) {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return null;
        }
        var cell = first ? flow.getFirstVisibleCell() : flow.getLastVisibleCell();
        return cell instanceof ListCell<?> lc && lc.getItem() instanceof MessageItem m ? m : null;
    }

    private boolean isLastVisible(int formerLastIndex) {
        VirtualFlow<?> flow = flow();
        if (flow == null || flow.getLastVisibleCell() == null) {
            return true;
        }
        // The change has already happened, so the old last row is at most one row above.
        return flow.getLastVisibleCell().getIndex() >= formerLastIndex - 1;
    }

    /** The context menu for a row's author: only what the user may do to them. */
    private ContextMenu menuFor(MessageItem item, Localization i18n) {
        ContextMenu menu = new ContextMenu();
        UserInfo author = new UserInfo(item.authorId(), item.authorName(), item.authorName(), item.authorColor());
        for (UserAction action : vm.actionsFor(item.authorId(), item.authorName())) {
            MenuItem entry = new MenuItem();
            switch (action) {
                case BAN -> entry.textProperty().bind(i18n.text("mod.menu.ban"));
                case MUTE -> entry.textProperty().bind(i18n.text("mod.menu.mute"));
                case MAKE_MODERATOR -> entry.textProperty().bind(i18n.text("mod.menu.make_moderator"));
                case REMOVE_MODERATOR -> entry.textProperty().bind(i18n.text("mod.menu.remove_moderator"));
                case MAKE_ADMIN -> entry.textProperty().bind(i18n.text("mod.menu.make_admin"));
                case REMOVE_ADMIN -> entry.textProperty().bind(i18n.text("mod.menu.remove_admin"));
                case BLOCK -> entry.textProperty().bind(i18n.text("mod.menu.block"));
                case UNBLOCK -> entry.textProperty().bind(i18n.text("mod.menu.unblock"));
            }
            entry.setId("menu-" + action.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            entry.setOnAction(e -> act(action, author, i18n));
            menu.getItems().add(entry);
        }
        return menu;
    }

    private void act(UserAction action, UserInfo author, Localization i18n) {
        switch (action) {
            case BAN, MUTE -> new BanDialogView(new BanDialogViewModel(vm.service(), vm.executor(), author,
                    vm.currentRoomProperty().get(), vm.permissionsProperty().get(),
                    action == UserAction.MUTE ? RestrictionKind.MUTE : RestrictionKind.BAN, done -> { }), i18n)
                    .show(list.getScene() == null ? null : list.getScene().getWindow());
            case MAKE_MODERATOR -> vm.appoint(author.id());
            case REMOVE_MODERATOR -> vm.demote(author.id());
            case MAKE_ADMIN -> vm.setAdmin(author.id(), true);
            case REMOVE_ADMIN -> vm.setAdmin(author.id(), false);
            case BLOCK -> vm.block(author.id());
            case UNBLOCK -> vm.unblock(author.id());
        }
    }

    /** One message: coloured initial, author name in their colour, time, and the plain text. */
    private final class MessageCell extends ListCell<MessageItem> {
        private final Localization i18n;
        private final Circle avatarDisc = new Circle(16);
        private final Label avatarLetter = new Label();
        private final Label author = new Label();
        private final Label time = new Label();
        private final Label text = new Label();
        private final HBox row;
        private final Label collapsedText = new Label();
        private final Hyperlink show = new Hyperlink();
        private final HBox collapsed;

        MessageCell(Localization i18n) {
            this.i18n = i18n;
            getStyleClass().add("message-cell");
            collapsedText.textProperty().bind(i18n.text("blocked.row"));
            collapsedText.getStyleClass().add("blocked-text");
            show.textProperty().bind(i18n.text("blocked.show"));
            show.getStyleClass().add("blocked-show");
            show.setOnAction(e -> {
                if (getItem() != null) {
                    vm.expand(getItem());
                }
            });
            collapsed = new HBox(6, collapsedText, show);
            collapsed.setAlignment(Pos.CENTER_LEFT);
            collapsed.getStyleClass().add("blocked-row");
            setOnContextMenuRequested(e -> {
                MessageItem item = getItem();
                if (item == null || isEmpty()) {
                    return;
                }
                ContextMenu menu = menuFor(item, i18n);
                if (!menu.getItems().isEmpty()) {
                    menu.show(this, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
            avatarLetter.getStyleClass().add("avatar-letter");
            StackPane avatar = new StackPane(avatarDisc, avatarLetter);
            avatar.setMinSize(32, 32);
            author.getStyleClass().add("message-author");
            time.getStyleClass().add("message-time");
            text.getStyleClass().add("message-text");
            text.setWrapText(true);
            text.setMinHeight(Region.USE_PREF_SIZE);
            // Wrap at the list's width (minus avatar, padding and scroll bar).
            text.maxWidthProperty().bind(list.widthProperty().subtract(80));
            HBox header = new HBox(8, author, time);
            header.setAlignment(Pos.BASELINE_LEFT);
            VBox body = new VBox(2, header, text);
            row = new HBox(10, avatar, body);
            row.setAlignment(Pos.TOP_LEFT);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(MessageItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            if (vm.isCollapsed(item)) {
                setGraphic(collapsed);
                setText(null);
                requestMore();
                return;
            }
            Color color = Color.web(item.authorColor());
            author.setText(item.authorName());
            author.setTextFill(color);
            avatarDisc.setFill(color);
            avatarLetter.setText(item.authorName().isEmpty() ? "?"
                    : item.authorName().substring(0, 1).toUpperCase(Locale.ROOT));
            time.setText(i18n.time(item.time()));
            text.setText(item.text());
            setGraphic(row);
            requestMore();
        }

        /** The first and last rows ask for more history at their end. */
        private void requestMore() {
            if (getIndex() == 0) {
                vm.loadOlder();
            } else if (getIndex() == list.getItems().size() - 1) {
                vm.reachedNewest();
            }
        }
    }
}
