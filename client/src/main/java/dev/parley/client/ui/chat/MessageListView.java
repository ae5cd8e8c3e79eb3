package dev.parley.client.ui.chat;

import dev.parley.client.i18n.Localization;
import dev.parley.client.model.MessageItem;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
                int index = firstVisible == null ? -1 : items.indexOf(firstVisible);
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

    /** One message: coloured initial, author name in their colour, time, and the plain text. */
    private final class MessageCell extends ListCell<MessageItem> {
        private final Localization i18n;
        private final Circle avatarDisc = new Circle(16);
        private final Label avatarLetter = new Label();
        private final Label author = new Label();
        private final Label time = new Label();
        private final Label text = new Label();
        private final HBox row;

        MessageCell(Localization i18n) {
            this.i18n = i18n;
            getStyleClass().add("message-cell");
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
            Color color = Color.web(item.authorColor());
            author.setText(item.authorName());
            author.setTextFill(color);
            avatarDisc.setFill(color);
            avatarLetter.setText(item.authorName().isEmpty() ? "?"
                    : item.authorName().substring(0, 1).toUpperCase(Locale.ROOT));
            time.setText(i18n.time(item.time()));
            text.setText(item.text());
            setGraphic(row);
            if (getIndex() == 0) {
                vm.loadOlder();
            } else if (getIndex() == list.getItems().size() - 1) {
                vm.reachedNewest();
            }
        }
    }
}
