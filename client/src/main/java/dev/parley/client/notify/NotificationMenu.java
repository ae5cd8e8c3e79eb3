package dev.parley.client.notify;

import dev.parley.client.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The in-app notification list in the menu bar (spec A-3): a menu with a bell and a badge of the
 * unread count, listing the recent notifications newest first (unread ones in bold) with their
 * time; choosing one opens its message. Below: mark all as read, clear the list, and the sound
 * switch. Add {@link #menu()} to the window's {@code MenuBar}. Ids for tests:
 * {@code notificationsMenu}, {@code notificationsBadge}, {@code notificationEntry-<sequence>},
 * {@code notificationsMarkAllRead}, {@code notificationsClear}, {@code notificationsSound}.
 */
public final class NotificationMenu {
    private static final String CSS = NotificationMenu.class.getResource("notify.css").toExternalForm();
    private static final double ENTRY_WIDTH = 360;
    private static final int BADGE_MAX = 99;

    private final NotificationMenuViewModel vm;
    private final Localization i18n;
    private final Menu menu = new Menu();
    private final List<MenuItem> footer;

    public NotificationMenu(NotificationMenuViewModel vm, Localization i18n) {
        this.vm = vm;
        this.i18n = i18n;
        menu.setId("notificationsMenu");
        menu.textProperty().bind(i18n.text("notify.menu"));

        Label badge = new Label();
        badge.setId("notificationsBadge");
        badge.getStyleClass().add("notification-badge");
        badge.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = vm.unreadCountProperty().get();
            return n > BADGE_MAX ? BADGE_MAX + "+" : Integer.toString(n);
        }, vm.unreadCountProperty()));
        badge.visibleProperty().bind(vm.unreadCountProperty().greaterThan(0));
        badge.managedProperty().bind(badge.visibleProperty());
        HBox graphic = new HBox(4, new FontIcon(Feather.BELL), badge);
        graphic.getStylesheets().add(CSS);
        graphic.getStyleClass().add("notification-menu-graphic");
        menu.setGraphic(graphic);

        MenuItem markAll = new MenuItem();
        markAll.setId("notificationsMarkAllRead");
        markAll.textProperty().bind(i18n.text("notify.menu.mark_all_read"));
        markAll.disableProperty().bind(vm.unreadCountProperty().isEqualTo(0));
        markAll.setOnAction(e -> vm.markAllRead());
        MenuItem clear = new MenuItem();
        clear.setId("notificationsClear");
        clear.textProperty().bind(i18n.text("notify.menu.clear"));
        clear.disableProperty().bind(Bindings.isEmpty(vm.entries()));
        clear.setOnAction(e -> vm.clear());
        CheckMenuItem sound = new CheckMenuItem();
        sound.setId("notificationsSound");
        sound.textProperty().bind(i18n.text("notify.menu.sound"));
        sound.selectedProperty().bindBidirectional(vm.soundEnabledProperty());
        footer = List.of(new SeparatorMenuItem(), markAll, clear, sound);

        rebuild();
        vm.entries().addListener((ListChangeListener<NotificationEntry>) change -> rebuild());
        // Times are shown in the current language's format.
        i18n.localeProperty().addListener((obs, old, now) -> rebuild());
    }

    /** The menu, for the window's menu bar. */
    public Menu menu() {
        return menu;
    }

    private void rebuild() {
        List<MenuItem> items = new ArrayList<>();
        if (vm.entries().isEmpty()) {
            MenuItem empty = new MenuItem();
            empty.setId("notificationsEmpty");
            empty.textProperty().bind(i18n.text("notify.menu.empty"));
            empty.setDisable(true);
            items.add(empty);
        }
        for (NotificationEntry entry : vm.entries()) {
            items.add(item(entry));
        }
        items.addAll(footer);
        menu.getItems().setAll(items);
    }

    private MenuItem item(NotificationEntry entry) {
        Label summary = new Label(entry.notification().summary());
        summary.getStyleClass().add("notification-summary");
        Label time = new Label(i18n.time(entry.time()));
        time.getStyleClass().add("notification-time");
        HBox top = new HBox(8, summary, time);
        Label body = new Label(NotificationText.oneLine(entry.notification().body()));
        body.getStyleClass().add("notification-body");
        body.setTextOverrun(OverrunStyle.ELLIPSIS);
        body.setMaxWidth(ENTRY_WIDTH);
        VBox content = new VBox(2, top, body);
        content.setPrefWidth(ENTRY_WIDTH);
        content.getStylesheets().add(CSS);
        content.getStyleClass().add("notification-entry");
        if (!entry.read()) {
            content.getStyleClass().add("unread");
        }
        String id = "notificationEntry-" + entry.sequence();
        content.setId(id);
        CustomMenuItem item = new CustomMenuItem(content, true);
        item.setId(id + "-item");
        item.setOnAction(e -> vm.open(entry));
        return item;
    }
}
