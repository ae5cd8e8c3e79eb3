package dev.parley.client;

import dev.parley.client.i18n.Localization;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.ConnectionTiming;
import dev.parley.client.net.EmbeddedHosting;
import dev.parley.client.net.EmbeddedServerHost;
import dev.parley.client.net.FxTaskExecutor;
import dev.parley.client.net.ServerConnection;
import dev.parley.client.net.TaskExecutor;
import dev.parley.server.config.AppDirs;
import dev.parley.client.prefs.AppearancePreferences;
import dev.parley.client.prefs.ConnectionPreferences;
import dev.parley.client.ui.AppShell;
import dev.parley.client.ui.AppearanceViewModel;
import dev.parley.client.ui.UncaughtErrorHandler;
import dev.parley.client.ui.admin.AdminMenu;
import dev.parley.client.ui.chat.ChatView;
import dev.parley.client.ui.chat.ChatViewModel;
import dev.parley.client.ui.chat.LinkOpener;
import dev.parley.client.ui.profile.ProfileView;
import dev.parley.client.ui.profile.ProfileViewModel;
import dev.parley.client.media.Media;
import dev.parley.client.media.ServerMedia;
import dev.parley.client.ui.login.LoggedIn;
import dev.parley.client.ui.login.LoginView;
import dev.parley.client.ui.login.LoginViewModel;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.client.notify.AttentionIndicators;
import dev.parley.client.notify.DBusNotifier;
import dev.parley.client.notify.DesktopTray;
import dev.parley.client.notify.JavaSoundOutput;
import dev.parley.client.notify.NotificationCenter;
import dev.parley.client.notify.NotificationHub;
import dev.parley.client.notify.NotificationMenu;
import dev.parley.client.notify.NotificationMenuViewModel;
import dev.parley.client.notify.NotificationSound;
import dev.parley.client.notify.Notifier;
import dev.parley.client.notify.Notifiers;
import dev.parley.client.notify.TaskbarBadge;
import dev.parley.client.prefs.NotificationPreferences;
import dev.parley.client.ui.ChatAttention;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The client's composition root: builds every part with {@code new}, shows the login screen,
 * swaps in the chat after a login and back after leaving, and on exit closes the connection
 * and stops a hosted server (also one still starting). A hosted chat keeps running after a
 * log-out, shown on the login screen with a stop button, because teammates may still be in it.
 *
 * <p>Notifications (spec A-3) live as long as the app: the in-app list and its menu, the sound,
 * the window title count and icon badge at once; the desktop notifier and the tray icon are
 * found off the UI thread at start (they may ask the session bus or wait for AWT), and each
 * logged-in chat is connected to them by a {@link ChatAttention} until it ends.
 */
public final class ParleyApp extends Application {
    private AppDirs dirs;
    private ConnectionPreferences connectionPreferences;
    private AppearancePreferences appearancePreferences;
    private TaskExecutor executor;
    private ParleyConnector connector;
    private Localization i18n;
    private AppShell shell;
    private ChatService activeService;
    private EmbeddedHosting hosting;
    private final Clock clock;
    private final LinkOpener opener;
    private final ConnectionTiming timing;
    private final String busAddress;
    private NotificationPreferences notificationPreferences;
    private NotificationCenter notificationCenter;
    private AttentionIndicators indicators;
    private NotificationHub hub;
    private Optional<DesktopTray> tray = Optional.empty();
    private ChatViewModel activeChat;
    private ChatAttention chatAttention;
    private Stage stage;

    /** The desktop application: the system clock in the system time zone, links open in the browser. */
    public ParleyApp() {
        this(Clock.systemDefaultZone(), null);
    }

    /**
     * For tests: {@code clock} is the time (and time zone) of the whole chat, for day banners
     * across midnight; {@code opener} receives the links the user clicks instead of the browser
     * (null: the browser).
     */
    public ParleyApp(Clock clock, LinkOpener opener) {
        this(clock, opener, ConnectionTiming.system());
    }

    /**
     * For tests of reconnecting: {@code timing} is the clock and scheduler the connection's
     * reconnect attempts and heartbeat run on (a manual scheduler lets a test decide when the
     * client tries again).
     */
    public ParleyApp(Clock clock, LinkOpener opener, ConnectionTiming timing) {
        this(clock, opener, timing, null);
    }

    /**
     * For the end-to-end notification test: desktop notifications go to the D-Bus session bus at
     * {@code busAddress} (a private bus with a recording notification service) instead of the
     * user's; null means the user's session bus.
     */
    public ParleyApp(Clock clock, LinkOpener opener, ConnectionTiming timing, String busAddress) {
        this.clock = clock;
        this.opener = opener;
        this.timing = timing;
        this.busAddress = busAddress;
    }

    /** Reads the preferences (disk I/O) on the launcher thread, before the UI exists. */
    @Override
    public void init() {
        dirs = AppDirs.resolve();
        connectionPreferences = new ConnectionPreferences(dirs.config());
        appearancePreferences = new AppearancePreferences(dirs.config());
        notificationPreferences = new NotificationPreferences(dirs.config());
    }

    @Override
    public void start(Stage stage) {
        if (dirs == null) {
            init();
        }
        i18n = new Localization(appearancePreferences.language());
        new UncaughtErrorHandler(i18n).install();
        executor = new FxTaskExecutor();
        connector = new ParleyConnector();
        hosting = new EmbeddedHosting(() -> EmbeddedServerHost.start(dirs.hostedServerData()));
        AppearanceViewModel appearance = new AppearanceViewModel(i18n, executor, appearancePreferences);
        shell = new AppShell(appearance, i18n);
        this.stage = stage;
        notificationCenter = new NotificationCenter(clock);
        shell.addMenu(new NotificationMenu(new NotificationMenuViewModel(notificationCenter, notificationPreferences, executor), i18n).menu());
        // Before the login screen: its connect then queues behind the notifier's lookup on the one I/O thread.
        startNotifier();
        showLogin(null);

        Scene scene = new Scene(shell.root(), 1100, 720);
        stage.setScene(scene);
        // Until the desktop's tray and taskbar are known: the title count and the window icon.
        useIndicators(new AttentionIndicators(i18n, Optional.empty(), TaskbarBadge.none()));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.show();
    }

    /**
     * Finds the desktop's notifier and tray off the UI thread, then builds the hub (and connects
     * the chat to it if a login was quicker).
     */
    private void startNotifier() {
        String address = busAddress != null ? busAddress : DBusNotifier.sessionBusAddress();
        record Desktop(Optional<DesktopTray> tray, Notifier notifier, TaskbarBadge taskbar) {
        }
        executor.run(() -> {
            Optional<DesktopTray> found = DesktopTray.install(i18n.get("app.name"), executor);
            return new Desktop(found, Notifiers.forThisDesktop(executor, i18n, found, address), TaskbarBadge.detect());
        }, desktop -> {
            tray = desktop.tray();
            tray.ifPresent(t -> t.addClickListener(this::toFront));
            useIndicators(new AttentionIndicators(i18n, tray, desktop.taskbar()));
            hub = new NotificationHub(desktop.notifier(), notificationCenter,
                    new NotificationSound(notificationPreferences, clock, new JavaSoundOutput()));
            if (activeChat != null) {
                attachAttention(activeChat);
            }
        }, e -> org.slf4j.LoggerFactory.getLogger(ParleyApp.class).warn("no desktop notifications: {}", e.toString()));
    }

    /** Makes {@code next} the window's title count, icon badge and tray and taskbar badge. */
    private void useIndicators(AttentionIndicators next) {
        indicators = next;
        next.attachTo(stage);
        stage.titleProperty().bind(next.windowTitle(Bindings.createStringBinding(() -> i18n.get("app.title"), i18n.localeProperty())));
    }

    private void attachAttention(ChatViewModel chat) {
        if (chatAttention != null) {
            chatAttention.close();
        }
        chatAttention = new ChatAttention(chat, hub, indicators, i18n, this::toFront);
    }

    private void toFront() {
        if (stage != null) {
            stage.setIconified(false);
            stage.toFront();
            stage.requestFocus();
        }
    }

    @Override
    public void stop() {
        if (activeService != null) {
            activeService.close();
        }
        if (hub != null) {
            hub.close();
        }
        tray.ifPresent(DesktopTray::close);
        if (hosting != null) {
            hosting.shutdown();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    private void showLogin(UiText notice) {
        LoginViewModel vm = new LoginViewModel(() -> new ServerConnection(connector, executor, timing), hosting,
                executor, connectionPreferences, this::showChat);
        if (notice != null) {
            vm.showNotice(notice);
        }
        shell.show(new LoginView(vm, i18n).root());
    }

    private void showChat(LoggedIn loggedIn) {
        activeService = loggedIn.service();
        ChatViewModel vm = new ChatViewModel(loggedIn.service(), executor, loggedIn.user(), loggedIn.role(), hosting, notice -> {
            activeService = null;
            activeChat = null;
            if (chatAttention != null) {
                chatAttention.close();
                chatAttention = null;
            }
            shell.setProfileAction(null);
            showLogin(notice);
        }, clock);
        activeChat = vm;
        if (hub != null) {
            attachAttention(vm);
        }
        AdminMenu admin = new AdminMenu(loggedIn.service(), executor, loggedIn.user(), vm.roleProperty(), i18n);
        Media media = new ServerMedia(loggedIn.service(), executor, dirs.data().resolve("cache"), i18n);
        LinkOpener links = opener != null ? opener : url -> getHostServices().showDocument(url);
        ChatView chat = new ChatView(vm, i18n, admin.node(), media, links);
        shell.setProfileAction(vm.canEditProfile() ? () -> new ProfileView(new ProfileViewModel(loggedIn.service(), executor,
                vm.selfProperty().get(), media::uploadPicture, vm::profileSaved), i18n, media)
                .show(chat.root().getScene() == null ? null : chat.root().getScene().getWindow()) : null);
        shell.show(chat.root());
        vm.start();
    }
}
