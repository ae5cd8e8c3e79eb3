package dev.parley.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyApp;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.ConnectionTiming;
import dev.parley.client.notify.PrivateSessionBus;
import dev.parley.client.notify.RecordingNotificationService;
import dev.parley.client.notify.RecordingNotificationService.RecordedNotification;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.StartPrivate;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Specs end to end: the real client (headless) on a real server, its desktop
 * notifications going over a real {@code dbus-daemon} (a private session bus) to a recording
 * {@code org.freedesktop.Notifications} service, and another user on the protocol. The other user
 * starts a private chat and writes: the chat appears under the private chats with an unread
 * count and a native notification arrives with the author as summary and the text as body.
 * Clicking it (the service emits {@code ActionInvoked}, as a desktop does) opens that chat at
 * that message. A mention in a room that is not open notifies too and marks the room with the
 * mention mark. Skipped without dbus-daemon, unless {@code PARLEY_REQUIRE_DBUS=1} (CI).
 *
 * <p>It also logs the time from the other user's send to the notification reaching the service
 * (the closing note's number), and with {@code -Dparley.sidebar.screenshot=FILE} writes the
 * window with the sidebar's counts and mention mark to FILE.
 */
class AttentionUiTest {
    private static final Logger LOG = LoggerFactory.getLogger(AttentionUiTest.class);
    private static final Duration WAIT = Duration.ofSeconds(20);
    @TempDir
    Path home;
    @TempDir
    Path data;
    @TempDir
    Path busDir;
    private final ParleyConnector connector = new ParleyConnector();
    private final FxRobot robot = new FxRobot();
    private PrivateSessionBus bus;
    private RecordingNotificationService desktop;
    private ParleyServer server;
    private Application app;

    @BeforeEach
    void start() throws Exception {
        PrivateSessionBus.assumeInstalled();
        bus = PrivateSessionBus.start(busDir);
        desktop = RecordingNotificationService.register(bus.address());
        server = ParleyServer.start(ServerConfig.loopback(data));
        System.setProperty("parley.home", home.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new ParleyApp(Clock.systemDefaultZone(), url -> { },
                ConnectionTiming.system(), bus.address()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
        if (server != null) {
            server.close();
        }
        if (desktop != null) {
            desktop.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    @Test
    void aPrivateMessageAndAMention_notifyOnTheDesktop_countInTheSidebar_andAClickOpensTheMessage() throws Exception {
        try (ParleyClient bob = user("bob")) {
            // sent before dana's account exists: it never counts as unread for her
            RoomInfo general = bob.rooms().rooms().get(0);
            bob.send(general.id(), "welcome, dana");
            long dana;
            try (ParleyClient registering = connector.connect(server.address())) {
                registering.hello("test");
                dana = registering.register("dana", "password123").user().id();
            }
            logInThroughUi("dana");
            // The first page follows the counts on the client's one I/O thread: once it shows, the
            // counts from the login are in (a message counted just before they arrive could be
            // overwritten by them; see AttentionViewModel).
            waitUntil(() -> texts().contains("welcome, dana"));
            RoomInfo random = bob.await(i -> new dev.parley.protocol.frame.CreateRoom(i, "builds", "CI and releases"));
            waitUntil(() -> sidebarNames("#roomList").contains("# builds"));

            RoomInfo chat = bob.await(i -> new StartPrivate(i, dana));
            long sent = System.nanoTime();
            MessageInfo psst = bob.send(chat.id(), "psst, dana: <b>lunch</b> & coffee?");
            RecordedNotification bubble = desktop.awaitNotification(WAIT);
            long latencyMicros = (System.nanoTime() - sent) / 1000;
            LOG.info("send to desktop notification on another client, first message: {} ms", String.format("%.1f", latencyMicros / 1000.0));

            assertThat(bubble).as("a desktop notification arrived").isNotNull();
            assertThat(bubble.appName()).isEqualTo("Parley");
            assertThat(bubble.summary()).isEqualTo("bob");
            // the service announced body-markup: the text arrives escaped, not as markup
            assertThat(bubble.body()).isEqualTo("psst, dana: &lt;b&gt;lunch&lt;/b&gt; &amp; coffee?");
            waitUntil(() -> sidebarNames("#privateList").equals(List.of("bob")));
            waitUntil(() -> badge(chat.id()).equals("1"));
            assertThat(title()).startsWith("(1) ");

            bob.send(random.id(), "plain message, no mention");
            long mentionSent = System.nanoTime();
            MessageInfo mention = bob.send(random.id(), "@dana can you look at the build?");
            RecordedNotification second = desktop.awaitNotification(WAIT);
            LOG.info("send to desktop notification, second message: {} ms",
                    String.format("%.1f", (System.nanoTime() - mentionSent) / 1_000_000.0));
            assertThat(second.summary()).isEqualTo("bob in #builds");
            assertThat(second.body()).isEqualTo("@dana can you look at the build?");
            waitUntil(() -> badge(random.id()).equals("2") && mentionShown(random.id()));
            assertThat(mentionShown(chat.id())).isFalse();
            assertThat(desktop.recorded()).as("the plain message in a room notified nobody").hasSize(2);
            assertThat(roomTitle()).isEqualTo("# " + general.name());

            String screenshot = System.getProperty("parley.sidebar.screenshot");
            if (screenshot != null && !screenshot.isBlank()) {
                snapshot(new File(screenshot));
            }

            desktop.emitActionInvoked(bubble.id());
            waitUntil(() -> roomTitle().equals("bob"));
            waitUntil(() -> texts().contains(psst.text()));
            assertThat(onFx(() -> robot.lookup("#messageList").<ListView<MessageItem>>query().getItems().stream()
                    .filter(m -> m.id() == psst.id()).count())).isEqualTo(1L);

            // the clicked bubble's chat is open: its in-app entry is read; the mention is still unread
            assertThat(badge(random.id())).isEqualTo("2");
            assertThat(mention.id()).isGreaterThan(psst.id());
        }
    }

    private void snapshot(File out) throws Exception {
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        robot.interact(() -> shot.complete(robot.lookup("#roomList").query().getScene().snapshot(null)));
        File parent = out.getAbsoluteFile().getParentFile();
        if (parent != null) {
            parent.mkdirs();
        }
        ImageIO.write(SwingFXUtils.fromFXImage(shot.get(10, TimeUnit.SECONDS), null), "png", out);
    }

    private void logInThroughUi(String name) throws TimeoutException {
        robot.interact(() -> {
            robot.lookup("#serverAddress").<TextField>query().setText("127.0.0.1:" + server.port());
            robot.lookup("#username").<TextField>query().setText(name);
            robot.lookup("#password").<TextField>query().setText("password123");
        });
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#composer").tryQuery().isPresent()
                && robot.lookup("#roomTitle").queryLabeled().getText().equals("# general"));
    }

    private ParleyClient user(String name) throws Exception {
        ParleyClient c = connector.connect(server.address());
        c.hello("test");
        c.register(name, "password123");
        return c;
    }

    private List<String> sidebarNames(String list) {
        return onFx(() -> robot.lookup(list).<ListView<RoomInfo>>query().lookupAll(".conversation-name").stream()
                .map(n -> ((Label) n).getText()).filter(t -> t != null && !t.isEmpty()).distinct().toList());
    }

    private String badge(long room) {
        return onFx(() -> shownLine(room).flatMap(cell -> cell.lookupAll("#unreadBadge-" + room).stream().findFirst())
                .filter(Node::isVisible).map(n -> ((Label) n).getText()).orElse(""));
    }

    private boolean mentionShown(long room) {
        return onFx(() -> shownLine(room).flatMap(cell -> cell.lookupAll("#mentionMark-" + room).stream().findFirst())
                .map(Node::isVisible).orElse(false));
    }

    /**
     * The sidebar line showing conversation {@code room}. Only cells on screen count: a list also
     * keeps a hidden cell for measuring, which may still show an old state.
     */
    private java.util.Optional<Node> shownLine(long room) {
        return robot.lookup(".room-list .list-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() instanceof RoomInfo r && r.id() == room
                        && c.isVisible() && c.getParent() != null && c.getParent().isVisible())
                .findFirst();
    }

    private String roomTitle() {
        return onFx(() -> robot.lookup("#roomTitle").queryLabeled().getText());
    }

    private String title() {
        return onFx(() -> ((javafx.stage.Stage) robot.lookup("#roomTitle").query().getScene().getWindow()).getTitle());
    }

    private List<String> texts() {
        return onFx(() -> robot.lookup("#messageList").<ListView<MessageItem>>query().getItems().stream()
                .map(MessageItem::text).toList());
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out; the sidebar shows " + sidebarState(), e);
        }
    }

    /** What the sidebar lines show, for a failure message. */
    private String sidebarState() {
        return onFx(() -> robot.lookup(".room-list .list-cell").queryAll().stream()
                .filter(n -> ((javafx.scene.control.ListCell<?>) n).getItem() != null && n.getParent() != null && n.getParent().isVisible())
                .map(n -> ((javafx.scene.control.ListCell<?>) n).lookupAll(".label").stream()
                        .filter(Node::isVisible).map(l -> ((Label) l).getText()).toList().toString())
                .toList().toString());
    }
}
