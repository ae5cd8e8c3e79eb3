package dev.parley.client.ui.chat;

import dev.parley.client.i18n.Localization;
import dev.parley.client.media.Media;
import dev.parley.client.model.MessageItem;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The virtualized message list of the open room (only visible rows are nodes); the rows are
 * {@link MessageCell}s.
 *
 * <p>Scrolling is the only thing decided here, because it depends on what is on screen: a new
 * room shows its newest message at the bottom; a live message keeps the list at the bottom if
 * the user was there; when the list is scrolled to the top (or its first row is shown because
 * everything fits) the ViewModel is asked for the previous page, and after it is prepended the
 * row the user was reading is scrolled back to the top, so the text does not jump. The same at
 * the other end after a jump: a page of newer messages is appended below the row being read
 * (the list does not run to its end, which would load the next page at once), and rows dropped
 * from the top to keep the window bounded do not move what is on screen. A jump to a message (a
 * clicked quote) scrolls to it and flashes it.
 *
 * <p>A right click on a row opens {@link MessageMenu}. Messages of blocked users show as a
 * collapsed row with "Show".
 */
final class MessageListView {
    private final ListView<MessageItem> list;
    /**
     * Whether reaching the top may load an older page: false from a prepend until the list has
     * been seen away from the top (or the user scrolls up again), so one scroll to the top loads
     * one page.
     */
    private boolean olderArmed = true;
    private final ChatViewModel vm;
    private final Localization i18n;
    private long flashing = -1;
    private final PauseTransition unflash = new PauseTransition(Duration.seconds(1.6));

    MessageListView(ChatViewModel vm, Localization i18n, Media media, LinkOpener opener) {
        this.vm = vm;
        this.i18n = i18n;
        ObservableList<MessageItem> items = vm.messages();
        list = new ListView<>(items);
        list.setId("messageList");
        list.getStyleClass().add("message-list");
        list.setFocusTraversable(false);
        MessageMenu menus = new MessageMenu(vm, i18n, this::showVersions, this::confirmDelete, this::window);
        list.setCellFactory(lv -> {
            MessageCell cell = new MessageCell(vm, i18n, media, opener, this::showVersions, id -> id == flashing,
                    list.widthProperty());
            cell.setOnContextMenuRequested(e -> {
                MessageItem item = cell.getItem();
                if (item == null || cell.isEmpty()) {
                    return;
                }
                ContextMenu menu = menus.menuFor(item, cell);
                if (!menu.getItems().isEmpty()) {
                    menu.show(cell, e.getScreenX(), e.getScreenY());
                }
                e.consume();
            });
            return cell;
        });
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
        // When every row fits, the position cannot move and no position event comes: after each
        // layout, a list that shows all it holds asks for more at both ends. (Rows do not ask
        // themselves: the flow also renders rows off screen to measure them.)
        Runnable afterLayout = this::askWhenEverythingFits;
        list.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(afterLayout);
            }
            if (scene != null) {
                scene.addPostLayoutPulseListener(afterLayout);
            }
        });
        // Scrolling up by hand at the top always asks for older messages, also when every row
        // fits and the position cannot move (then no position event would come).
        list.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            VirtualFlow<?> flow = flow();
            if (e.getDeltaY() > 0 && (flow == null || flow.getPosition() <= 0)) {
                olderArmed = true;
                vm.loadOlder();
            }
        });
        // Times and banners are formatted for the locale: re-render the visible rows on a switch.
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        // Blocking, unblocking or expanding changes how rows render, not the items.
        vm.blockedUsers().addListener((SetChangeListener<Long>) c -> list.refresh());
        vm.expandedMessages().addListener((SetChangeListener<Long>) c -> list.refresh());
        vm.timeline().jumpProperty().addListener((obs, old, jump) -> {
            if (jump != null) {
                jumpTo(jump.message());
            }
        });
        vm.actions().revealedProperty().addListener((obs, old, now) -> {
            if (now != null) {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, i18n.get("message.revealed", now.author().shownName(),
                        now.author().username()), ButtonType.OK);
                alert.setHeaderText(null);
                alert.setTitle(i18n.get("message.reveal"));
                alert.initOwner(window());
                alert.show();
            }
        });
        unflash.setOnFinished(e -> {
            flashing = -1;
            list.refresh();
        });
    }

    ListView<MessageItem> node() {
        return list;
    }

    private Window window() {
        return list.getScene() == null ? null : list.getScene().getWindow();
    }

    private void showVersions(MessageItem item) {
        new VersionsView(vm.actions().versions(item), i18n, vm.timeline().zone()).show(window());
    }

    /** Asks before deleting (spec M-5: a tombstone stays). */
    private void confirmDelete(MessageItem item) {
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION);
        confirm.setTitle(i18n.get("message.delete.title"));
        confirm.setHeaderText(null);
        confirm.setContentText(i18n.get(item.mine() ? "message.delete.confirm" : "message.delete.confirm_other"));
        ButtonType delete = new ButtonType(i18n.get("message.delete"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.get("mod.dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        confirm.getButtonTypes().setAll(delete, cancel);
        confirm.getDialogPane().lookupButton(delete).setId("confirmDelete");
        confirm.initOwner(window());
        confirm.setOnHidden(e -> {
            if (confirm.getResult() == delete) {
                vm.actions().delete(item);
            }
        });
        confirm.show();
    }

    private void jumpTo(long id) {
        ObservableList<MessageItem> items = list.getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                // Show a few rows above it, so the quoted message is not glued to the top edge.
                list.scrollTo(Math.max(0, i - 2));
                flashing = id;
                list.refresh();
                unflash.playFromStart();
                return;
            }
        }
    }

    private void itemsChanged(ListChangeListener.Change<? extends MessageItem> c) {
        ObservableList<? extends MessageItem> items = c.getList();
        MessageItem firstVisible = visibleItem();
        boolean atBottom = isLastVisible(items.size() - 1);
        while (c.next()) {
            if (!c.wasAdded()) {
                if (c.wasRemoved() && c.getFrom() == 0 && !atBottom && firstVisible != null) {
                    // The window dropped its oldest rows: keep the row being read where it is.
                    int index = items.indexOf(firstVisible);
                    if (index >= 0) {
                        list.scrollTo(index);
                    }
                }
                continue;
            }
            if (c.wasReplaced() || (c.getFrom() == 0 && c.getTo() == items.size())) {
                // A page in the middle of the history (a jump) is positioned by the jump, and
                // its bottom is not the newest: going there would load newer pages at once.
                if (vm.timeline().atNewestEnd()) {
                    scrollToBottom();
                }
            } else if (c.getFrom() == 0) {
                // An older page only loads from the top, so the row to keep on top is the old
                // first one. Neither the visible cells nor the flow's position can be trusted
                // here: the page may arrive before the next layout pulse has applied the scroll
                // that reached the top, and reading them then put the reader back at the top.
                list.scrollTo(c.getAddedSize());
                // The flow still reports the top until the next layout has applied that scroll;
                // a position event meanwhile must not ask for yet another page.
                olderArmed = false;
            } else if (c.getAddedSize() > 1 && c.getTo() == items.size()) {
                // A page of newer messages: the reader stays where they were.
                int index = firstVisible == null ? -1 : items.indexOf(firstVisible);
                if (index >= 0) {
                    list.scrollTo(index);
                }
            } else if (atBottom) {
                scrollToBottom();
            }
        }
    }

    /** Reaching the top asks for older messages; reaching the bottom for newer ones. */
    private void positionChanged(double position) {
        if (list.getItems().isEmpty()) {
            return;
        }
        if (position > 0) {
            olderArmed = true;
        }
        if (position <= 0) {
            if (olderArmed) {
                vm.loadOlder();
            }
        } else if (position >= 1) {
            vm.reachedNewest();
        }
    }

    private void askWhenEverythingFits() {
        VirtualFlow<?> flow = flow();
        int size = list.getItems().size();
        if (flow == null || size == 0 || flow.getFirstVisibleCell() == null || flow.getLastVisibleCell() == null) {
            return;
        }
        if (flow.getFirstVisibleCell().getIndex() == 0 && flow.getLastVisibleCell().getIndex() == size - 1
                && flow.getPosition() <= 0) {
            olderArmed = true;
            vm.loadOlder();
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

    private MessageItem visibleItem() {
        VirtualFlow<?> flow = flow();
        if (flow == null) {
            return null;
        }
        var cell = flow.getFirstVisibleCell();
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
}
