package dev.parley.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyApp;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.ConnectionTiming;
import dev.parley.client.net.ManualClock;
import dev.parley.client.net.ManualScheduler;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Spec UX-4 end to end: the real client (headless) in a conversation with a headless protocol
 * client; the server stops mid-conversation, the client writes while offline (shown pending),
 * the server starts again on the same port and data directory, the other user writes while the
 * client is still reconnecting, and then every message is there exactly once on both sides.
 * The client's reconnect attempts run on a manual scheduler, so the test says when it tries.
 */
class ReconnectUiTest {
    @TempDir
    Path home;
    @TempDir
    Path data;
    private final ParleyConnector connector = new ParleyConnector();
    private final ManualScheduler scheduler = new ManualScheduler(new ManualClock(Instant.now()));
    private final FxRobot robot = new FxRobot();
    private ParleyServer server;
    private int port;
    private Application app;

    @BeforeEach
    void start() throws TimeoutException {
        server = ParleyServer.start(ServerConfig.loopback(data));
        port = server.port();
        System.setProperty("parley.home", home.toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new ParleyApp(Clock.systemDefaultZone(), url -> { },
                new ConnectionTiming(scheduler.clock(), () -> scheduler, () -> 0.0)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stop() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        server.close();
    }

    @Test
    void serverRestartMidConversation_everyMessageArrivesExactlyOnceOnBothSides() throws Exception {
        registerThroughUi("dana");
        List<String> bobSaw = new CopyOnWriteArrayList<>();
        long general;
        try (ParleyClient bob = user("bob", true)) {
            general = bob.rooms().rooms().get(0).id();
            bob.onPush(p -> {
                if (p instanceof MessagePosted m) {
                    bobSaw.add(m.message().text());
                }
            });
            bob.open(general);
            bob.send(general, "bob before 1");
            bob.send(general, "bob before 2");
            say("dana before");
            waitUntil(() -> texts().equals(List.of("bob before 1", "bob before 2", "dana before")));
            waitUntil(() -> bobSaw.contains("dana before"));

            server.close();
        }
        waitUntil(() -> bannerText().startsWith("Connection lost"));
        assertThat(robot.lookup("#connectionStatus").queryLabeled().getText()).isEqualTo("Reconnecting\u2026");

        say("offline one");
        say("offline two");
        waitUntil(() -> pendingTexts().equals(List.of("offline one", "offline two")));
        assertThat(texts()).doesNotContain("offline one", "offline two");

        server = ParleyServer.start(ServerConfig.loopback(data).withPort(port));
        List<String> bobSawAfter = new CopyOnWriteArrayList<>();
        try (ParleyClient bob = user("bob", false)) {
            bob.onPush(p -> {
                if (p instanceof MessagePosted m) {
                    bobSawAfter.add(m.message().text());
                }
            });
            bob.open(general);
            bob.send(general, "bob while away 1");
            bob.send(general, "bob while away 2");

            scheduler.advance(Duration.ofSeconds(2));

            List<String> all = List.of("bob before 1", "bob before 2", "dana before", "bob while away 1", "bob while away 2",
                    "offline one", "offline two");
            waitUntil(() -> texts().equals(all) && pendingTexts().isEmpty());
            waitUntil(() -> bobSawAfter.containsAll(List.of("offline one", "offline two")));
            assertThat(bobSawAfter).as("the other side got each offline message once").containsExactly("offline one", "offline two");
            assertThat(bob.history(general, null, 100).messages()).extracting(MessageInfo::text)
                    .as("stored once each, nothing missing").containsExactlyElementsOf(all);
            assertThat(bannerText()).isEqualTo("Connected again");
            assertThat(robot.lookup("#connectionStatus").queryLabeled().getText()).isEqualTo("Connected");
        }
    }

    @Test
    void retryNow_reconnectsWithoutWaitingForTheCountdown() throws Exception {
        registerThroughUi("erin");
        server.close();
        waitUntil(() -> bannerText().startsWith("Connection lost \u2014 reconnecting in"));

        robot.clickOn("#retryNowButton");
        waitUntil(() -> scheduler.waiting().contains(Duration.ZERO));
        server = ParleyServer.start(ServerConfig.loopback(data).withPort(port));
        scheduler.runDue();

        waitUntil(() -> bannerText().equals("Connected again"));
        say("hello again");
        waitUntil(() -> texts().contains("hello again"));
    }

    private void registerThroughUi(String name) throws TimeoutException {
        robot.interact(() -> {
            robot.lookup("#serverAddress").<TextField>query().setText("127.0.0.1:" + port);
            robot.lookup("#username").<TextField>query().setText(name);
            robot.lookup("#password").<TextField>query().setText("password123");
        });
        robot.clickOn("#registerToggle");
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#composer").tryQuery().isPresent()
                && !robot.lookup("#composer").queryTextInputControl().isDisabled()
                && robot.lookup("#roomTitle").queryLabeled().getText().equals("# general"));
    }

    private void say(String text) {
        robot.clickOn("#composer").write(text);
        robot.type(KeyCode.ENTER);
    }

    private ParleyClient user(String name, boolean register) throws Exception {
        ParleyClient c = connector.connect(server.address());
        c.hello("test");
        if (register) {
            c.register(name, "password123");
        } else {
            c.login(name, "password123");
        }
        return c;
    }

    private List<String> texts() {
        return onFx(() -> robot.lookup("#messageList").<ListView<MessageItem>>query().getItems().stream()
                .map(MessageItem::text).toList());
    }

    private List<String> pendingTexts() {
        return onFx(() -> robot.lookup(".pending-text").queryAll().stream().map(n -> ((Label) n).getText()).toList());
    }

    private String bannerText() {
        return onFx(() -> {
            Label banner = robot.lookup("#connectionBanner").query();
            return banner.getParent().isVisible() && banner.getText() != null ? banner.getText() : "";
        });
    }

    private static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
