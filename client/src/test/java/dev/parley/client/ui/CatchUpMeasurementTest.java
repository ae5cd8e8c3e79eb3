package dev.parley.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyApp;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.ConnectionTiming;
import dev.parley.client.net.ManualClock;
import dev.parley.client.net.ManualScheduler;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check but a measurement for the issue-4 note: how long the desktop client takes to catch
 * up after missing 1,000 messages (the protocol part alone is {@code parley bench catchup}). Per
 * round the real client (headless) sits in #general, the server stops and starts again, another
 * user sends 1,000 messages while the client waits for its next attempt (a manual scheduler holds
 * it), then the attempt is let go and the clock runs until: the chat says it is connected again
 * (connect, {@code hello}, {@code resume}, the UI told), the list shows the newest message (the
 * catch-up rule: more than a page was missed, so the newest page replaces the window), and the
 * list holds all 1,000 (scrolling to the top page by page, 50 a page, as a reader would). Times
 * are taken on the FX thread when the change lands. Skipped unless
 * {@code -Dparley.measure.catchup=ROUNDS} is set; the results go to the log and to
 * {@code target/catchup-client.txt}.
 */
@EnabledIfSystemProperty(named = "parley.measure.catchup", matches = "\\d+")
class CatchUpMeasurementTest {
    private static final Logger LOG = LoggerFactory.getLogger(CatchUpMeasurementTest.class);
    private static final int MISSED = 1000;
    @TempDir
    Path home;
    @TempDir
    Path data;

    @Test
    void catchUpAfter1000MissedMessages() throws Exception {
        int rounds = Integer.parseInt(System.getProperty("parley.measure.catchup"));
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        System.setProperty("parley.home", home.toString());
        ManualScheduler scheduler = new ManualScheduler(new ManualClock(Instant.now()));
        ParleyConnector connector = new ParleyConnector();
        ParleyServer server = ParleyServer.start(ServerConfig.loopback(data));
        int port = server.port();
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(() -> new ParleyApp(Clock.systemDefaultZone(), url -> { },
                new ConnectionTiming(scheduler.clock(), () -> scheduler, () -> 0.0)));
        FxRobot robot = new FxRobot();
        List<Double> resumed = new ArrayList<>();
        List<Double> newest = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        try {
            robot.interact(() -> {
                robot.lookup("#serverAddress").<TextField>query().setText("127.0.0.1:" + port);
                robot.lookup("#username").<TextField>query().setText("reader");
                robot.lookup("#password").<TextField>query().setText("password123");
            });
            robot.clickOn("#registerToggle").clickOn("#loginButton");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#roomTitle").tryQuery().isPresent()
                    && robot.lookup("#roomTitle").queryLabeled().getText().equals("# general"));
            try (ParleyClient writer = connector.connect(server.address())) {
                writer.hello("measure");
                writer.register("writer", "password123");
            }
            for (int round = 1; round <= rounds + 1; round++) {
                // Back at the newest message, as a reader who was following the conversation
                // (a window scrolled back into the history stays there on catching up).
                reopenGeneral(robot, round == 1 ? null : "r" + (round - 1) + " m" + MISSED);
                server.close();
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> banner(robot).startsWith("Connection lost"));
                server = ParleyServer.start(ServerConfig.loopback(data).withPort(port));
                String first = "r" + round + " m1";
                String last = "r" + round + " m" + MISSED;
                try (ParleyClient writer = connector.connect(server.address())) {
                    writer.hello("measure");
                    writer.login("writer", "password123");
                    long general = writer.rooms().rooms().get(0).id();
                    List<CompletableFuture<?>> sends = new ArrayList<>();
                    for (int i = 1; i <= MISSED; i++) {
                        String text = "r" + round + " m" + i;
                        sends.add(writer.call(id -> new SendMessage(id, general, UUID.randomUUID(), text)));
                        if (sends.size() == 200) {
                            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                            sends.clear();
                        }
                    }
                    CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                }
                Marks marks = watch(robot, last);
                long start = System.nanoTime();
                scheduler.advance(Duration.ofSeconds(2));
                double resumeMs = ms(start, marks.connected.get(30, TimeUnit.SECONDS));
                double newestMs = ms(start, marks.newest.get(30, TimeUnit.SECONDS));
                long allAt = scrollUntil(robot, first);
                double allMs = ms(start, allAt);
                // the window holds at most 1,000: a scroll past the round's first page drops its newest end
                assertThat(texts(robot)).contains(first).doesNotHaveDuplicates();
                if (round == 1) {
                    LOG.info("warm-up round: connected {} ms, newest page {} ms, all {} ms", resumeMs, newestMs, allMs);
                    continue;
                }
                resumed.add(resumeMs);
                newest.add(newestMs);
                all.add(allMs);
            }
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            server.close();
        }
        String report = String.format(Locale.ROOT, """
                desktop client catch-up after %d missed messages, %d rounds (after a warm-up round)
                reconnect to "connected again" shown (connect, hello, resume): p50 %.1f ms, max %.1f ms
                the newest message shown (newest page of 100, the large-gap rule): p50 %.1f ms, max %.1f ms
                all %d in the list (scrolled up page by page, 50 a page): p50 %.1f ms, max %.1f ms
                load average (1 min) before: %s
                """, MISSED, rounds, p50(resumed), max(resumed), p50(newest), max(newest), MISSED, p50(all), max(all),
                load);
        LOG.warn("\n{}", report);
        Files.writeString(Path.of("target", "catchup-client.txt"), report, StandardCharsets.UTF_8);
    }

    /** When the chat says it is connected again, and when the list first shows {@code last}. */
    private record Marks(CompletableFuture<Long> connected, CompletableFuture<Long> newest) {
    }

    private static Marks watch(FxRobot robot, String last) {
        Marks marks = new Marks(new CompletableFuture<>(), new CompletableFuture<>());
        robot.interact(() -> {
            Label banner = robot.lookup("#connectionBanner").query();
            banner.textProperty().addListener((obs, old, now) -> {
                if ("Connected again".equals(now)) {
                    marks.connected().complete(System.nanoTime());
                }
            });
            ListView<MessageItem> list = robot.lookup("#messageList").query();
            list.getItems().addListener((ListChangeListener<MessageItem>) c -> {
                if (!marks.newest().isDone() && !c.getList().isEmpty() && c.getList().get(c.getList().size() - 1).text().equals(last)) {
                    marks.newest().complete(System.nanoTime());
                }
            });
        });
        return marks;
    }

    /** Scrolls to the top until {@code first} is in the list; the time it arrived. */
    private static long scrollUntil(FxRobot robot, String first) throws Exception {
        CompletableFuture<Long> arrived = new CompletableFuture<>();
        robot.interact(() -> {
            ListView<MessageItem> list = robot.lookup("#messageList").query();
            list.getItems().addListener((ListChangeListener<MessageItem>) c -> {
                if (!arrived.isDone() && c.getList().stream().anyMatch(m -> m.text().equals(first))) {
                    arrived.complete(System.nanoTime());
                }
            });
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!arrived.isDone() && System.nanoTime() < deadline) {
            CompletableFuture<Void> scrolled = new CompletableFuture<>();
            Platform.runLater(() -> {
                robot.lookup("#messageList").<ListView<MessageItem>>query().scrollTo(0);
                scrolled.complete(null);
            });
            scrolled.get(5, TimeUnit.SECONDS);
            try {
                arrived.get(20, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException notYet) {
                // scroll again: each scroll to the top asks for the next older page
            }
        }
        return arrived.get(1, TimeUnit.SECONDS);
    }

    /** Opens #random, then #general again at its newest page, ending with {@code newest} (null: empty). */
    private static void reopenGeneral(FxRobot robot, String newest) throws Exception {
        for (String name : List.of("random", "general")) {
            robot.interact(() -> {
                ListView<dev.parley.protocol.model.RoomInfo> rooms = robot.lookup("#roomList").query();
                rooms.getSelectionModel().select(rooms.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
            });
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#roomTitle").queryLabeled().getText().equals("# " + name));
        }
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            List<String> texts = texts(robot);
            return newest == null ? texts.isEmpty() : texts.size() == 50 && texts.get(49).equals(newest);
        });
    }

    private static String banner(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Label banner = robot.lookup("#connectionBanner").query();
            return banner.getText() == null ? "" : banner.getText();
        }).get(5, TimeUnit.SECONDS);
    }

    private static List<String> texts(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#messageList").<ListView<MessageItem>>query().getItems()
                .stream().map(MessageItem::text).toList()).get(5, TimeUnit.SECONDS);
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    private static double p50(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.isEmpty() ? Double.NaN : sorted.get((sorted.size() - 1) / 2);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
