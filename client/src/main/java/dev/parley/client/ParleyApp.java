package dev.parley.client;

import dev.parley.client.i18n.Localization;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
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
import java.time.Clock;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The client's composition root: builds every part with {@code new}, shows the login screen,
 * swaps in the chat after a login and back after leaving, and on exit closes the connection
 * and stops a hosted server (also one still starting). A hosted chat keeps running after a
 * log-out, shown on the login screen with a stop button, because teammates may still be in it.
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
        this.clock = clock;
        this.opener = opener;
    }

    /** Reads the preferences (disk I/O) on the launcher thread, before the UI exists. */
    @Override
    public void init() {
        dirs = AppDirs.resolve();
        connectionPreferences = new ConnectionPreferences(dirs.config());
        appearancePreferences = new AppearancePreferences(dirs.config());
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
        showLogin(null);

        Scene scene = new Scene(shell.root(), 1100, 720);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(() -> i18n.get("app.title"), i18n.localeProperty()));
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        stage.show();
    }

    @Override
    public void stop() {
        if (activeService != null) {
            activeService.close();
        }
        if (hosting != null) {
            hosting.shutdown();
        }
        if (executor != null) {
            executor.shutdown();
        }
    }

    private void showLogin(UiText notice) {
        LoginViewModel vm = new LoginViewModel(() -> new ServerConnection(connector, executor), hosting,
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
            shell.setProfileAction(null);
            showLogin(notice);
        }, clock);
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
