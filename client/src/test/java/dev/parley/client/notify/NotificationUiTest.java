package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.parley.client.i18n.Localization;
import dev.parley.client.net.FxTaskExecutor;
import dev.parley.client.net.ManualClock;
import dev.parley.client.prefs.NotificationPreferences;
import java.awt.Color;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.image.Image;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The notification menu and the window's attention indicators in a real JavaFX stage, headless
 * (Monocle): the badge and the list follow the {@link NotificationCenter}, a click on an entry
 * opens its message, the sound switch is saved, and the window title and icon change while
 * anything is unread.
 */
class NotificationUiTest {
    @TempDir
    Path config;
    private final FxRobot robot = new FxRobot();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final List<Notification> opened = new CopyOnWriteArrayList<>();
    private final Localization i18n = new Localization(Locale.ENGLISH);
    private NotificationCenter center;
    private NotificationPreferences preferences;
    private NotificationMenu notificationMenu;
    private AttentionIndicators indicators;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @BeforeEach
    void show() throws Exception {
        center = new NotificationCenter(new ManualClock(Instant.parse("2026-03-02T09:30:00Z")));
        center.setOnActivate(opened::add);
        preferences = new NotificationPreferences(config);
        indicators = new AttentionIndicators(i18n, Optional.empty(), TaskbarBadge.none());
        stage = FxToolkit.setupStage(s -> {
            notificationMenu = new NotificationMenu(new NotificationMenuViewModel(center, preferences, executor), i18n);
            MenuBar bar = new MenuBar(notificationMenu.menu());
            s.setScene(new Scene(new BorderPane(null, bar, null, null, null), 640, 400));
            s.titleProperty().bind(indicators.windowTitle(i18n.text("app.title")));
            indicators.attachTo(s);
            s.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> notificationMenu.menu().hide());
        FxToolkit.cleanupStages();
        executor.shutdown();
    }

    @Test
    void menu_listsNewestFirstWithTheUnreadBadge_andAClickOnAnEntryOpensItsMessage() {
        robot.interact(() -> {
            center.add(new Notification(7, 70, "Ania in #general", "first message"));
            center.add(new Notification(8, 80, "Bob in #random", "second message"));
        });
        Label badge = robot.lookup("#notificationsBadge").queryAs(Label.class);
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("2");

        robot.interact(() -> notificationMenu.menu().show());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(entryIds()).containsExactly("notificationEntry-2-item", "notificationEntry-1-item");
        Node older = robot.lookup("#notificationEntry-1").query();
        assertThat(older.getStyleClass()).contains("unread");
        assertThat(robot.from(older).lookup(".notification-summary").queryAs(Label.class).getText()).isEqualTo("Ania in #general");

        robot.clickOn(older);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened).extracting(Notification::messageId).containsExactly(70L);
        assertThat(badge.getText()).isEqualTo("1");
        robot.interact(() -> notificationMenu.menu().show());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#notificationEntry-1").query().getStyleClass()).doesNotContain("unread");
    }

    @Test
    void menu_empty_saysSo_inTheCurrentLanguage() {
        MenuItem empty = item("notificationsEmpty");
        assertThat(empty.getText()).isEqualTo("No notifications yet");
        assertThat(empty.isDisable()).isTrue();

        robot.interact(() -> i18n.localeProperty().set(Locale.forLanguageTag("pl")));

        assertThat(item("notificationsEmpty").getText()).isEqualTo("Nie ma jeszcze powiadomień");
        assertThat(notificationMenu.menu().getText()).isEqualTo("Powiadomienia");
    }

    @Test
    void markAllRead_hidesTheBadge_andClearEmptiesTheList() {
        robot.interact(() -> center.add(new Notification(7, 70, "Ania", "hi")));
        Label badge = robot.lookup("#notificationsBadge").queryAs(Label.class);
        assertThat(badge.isVisible()).isTrue();

        robot.interact(() -> item("notificationsMarkAllRead").fire());
        assertThat(badge.isVisible()).isFalse();
        assertThat(item("notificationsMarkAllRead").isDisable()).isTrue();

        robot.interact(() -> item("notificationsClear").fire());
        assertThat(center.entries()).isEmpty();
        assertThat(item("notificationsEmpty")).isNotNull();
    }

    @Test
    void soundSwitch_clicked_isSavedForTheNextRun() throws Exception {
        CheckMenuItem sound = (CheckMenuItem) item("notificationsSound");
        assertThat(sound.isSelected()).isTrue();
        robot.interact(() -> notificationMenu.menu().show());
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#notificationsSound");

        assertThat(sound.isSelected()).isFalse();
        // Saved on the I/O thread: poll the file as the next run would read it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !new NotificationPreferences(config).soundEnabled());
    }

    @Test
    void windowTitleAndIcon_showTheUnreadCount_andReturnWhenAllIsRead() {
        assertThat(stage.getTitle()).isEqualTo("Parley");
        assertThat(stage.getIcons()).hasSize(AttentionIndicators.WINDOW_ICON_SIZES.size());
        assertThat(badgePixel(stage.getIcons().get(0))).isNotEqualTo(BadgeImages.MENTION);

        robot.interact(() -> indicators.update(3, true));

        assertThat(stage.getTitle()).isEqualTo("(3) Parley");
        assertThat(badgePixel(stage.getIcons().get(0))).isEqualTo(BadgeImages.MENTION);

        robot.interact(() -> indicators.update(2, false));
        assertThat(badgePixel(stage.getIcons().get(0))).isEqualTo(BadgeImages.UNREAD);

        robot.interact(() -> indicators.update(0, false));
        assertThat(stage.getTitle()).isEqualTo("Parley");
        assertThat(badgePixel(stage.getIcons().get(0))).isNotIn(BadgeImages.UNREAD, BadgeImages.MENTION);
    }

    /** The colour at the badge's centre of a 16-pixel icon. */
    private static Color badgePixel(Image icon) {
        assertThat(icon.getWidth()).isEqualTo(16);
        double d = BadgeImages.badgeDiameter(16);
        return new Color(icon.getPixelReader().getArgb((int) (16 - d / 2), (int) (d / 2)), true);
    }

    private MenuItem item(String id) {
        Menu menu = notificationMenu.menu();
        return menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id + " in " + menu.getItems()));
    }

    private List<String> entryIds() {
        return notificationMenu.menu().getItems().stream().map(MenuItem::getId)
                .filter(id -> id != null && id.startsWith("notificationEntry-")).toList();
    }
}
