package dev.parley.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.client.ParleyApp;
import dev.parley.client.ui.moderation.BanDialogViewModel;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.RestrictionChanged;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.RoomConfig;
import dev.parley.server.config.ServerConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Moderation in the real client (headless) against a real server that lets guests in and has a
 * slowmode room, with headless protocol clients as the other people. With
 * {@code -Dparley.moderation.screenshots=DIR} the ban dialog and the room ban page are also
 * written there as ban-dialog.png and ban-page.png.
 */
class ModerationUiTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String SCREENSHOTS = "parley.moderation.screenshots";
    private static ParleyServer server;
    private static ParleyConnector connector;

    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void startServer(@TempDir Path data) throws TimeoutException {
        server = ParleyServer.start(ServerConfig.loopback(data).withGuests(true)
                .withRooms(List.of(new RoomConfig("general", "Anything goes", 0), new RoomConfig("slow", "One message a minute", 60))));
        connector = new ParleyConnector();
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void startApp() throws TimeoutException {
        System.setProperty("parley.home", home.toString());
        app = FxToolkit.setupApplication(ParleyApp.class);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void banDialogFromAMessagesContextMenu_bansTheUser_andTheBanShowsOnTheManagementPage() throws Exception {
        String roomName = "den" + USERS.incrementAndGet();
        registerThroughUi();
        robot.clickOn("#createRoomButton");
        fill("#newRoomName", roomName);
        fill("#newRoomTopic", "Owner's own room");
        robot.clickOn("#createRoomSubmit");
        waitUntil(() -> text("#roomTitle").equals("# " + roomName));

        try (ParleyClient victim = headlessUser("victim")) {
            BlockingQueue<Restriction> pushes = new LinkedBlockingQueue<>();
            victim.onPush(p -> {
                if (p instanceof RestrictionChanged changed) {
                    pushes.add(changed.restriction());
                }
            });
            long room = victim.rooms().rooms().stream().filter(r -> r.name().equals(roomName)).findFirst().orElseThrow().id();
            victim.open(room);
            victim.send(room, "buy cheap watches");
            waitUntil(() -> robot.lookup(".message-text").match(hasText("buy cheap watches")).tryQuery().isPresent());

            rightClickOnMessage("buy cheap watches");
            waitUntil(() -> robot.lookup(hasText("Ban…")).tryQuery().isPresent());
            robot.clickOn(robot.lookup(hasText("Ban…")).<Node>query());
            waitUntil(() -> robot.lookup("#banSubmit").tryQuery().isPresent());
            robot.interact(() -> robot.lookup("#banDuration").<ComboBox<BanDialogViewModel.Preset>>query()
                    .setValue(BanDialogViewModel.Preset.TEN_MINUTES));
            robot.clickOn("#banDuration");
            waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").match(hasText("1 hour")).tryQuery().isPresent());
            robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(hasText("1 hour")).<Node>query());
            robot.clickOn("#banReason").write("Spam links");
            assertThat(robot.lookup("#banDuration").<ComboBox<BanDialogViewModel.Preset>>query().getValue())
                    .isEqualTo(BanDialogViewModel.Preset.ONE_HOUR);
            screenshot(".dialog-pane", "ban-dialog.png");
            robot.clickOn("#banSubmit");

            Restriction ban = pushes.poll(15, TimeUnit.SECONDS);
            assertThat(ban).as("the banned user's client is told").isNotNull();
            assertThat(ban.kind()).isEqualTo(RestrictionKind.BAN);
            assertThat(ban.room()).isEqualTo(room);
            assertThat(ban.reason()).isEqualTo("Spam links");
            assertThat(ban.active()).isTrue();
            assertThat(java.time.Duration.between(ban.created(), ban.until()).toMinutes()).isEqualTo(60);
            assertThatThrownBy(() -> victim.send(room, "still here?"))
                    .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BANNED));
            waitUntil(() -> robot.lookup("#banSubmit").tryQuery().isEmpty());

            robot.clickOn("#roomMenu");
            robot.clickOn("#roomBansItem");
            waitUntil(() -> robot.lookup("#roomBansTable").tryQuery().isPresent()
                    && robot.lookup("#roomBansTable").<TableView<Restriction>>query().getItems().size() == 1);
            TableView<Restriction> table = robot.lookup("#roomBansTable").query();
            Restriction listed = table.getItems().get(0);
            assertThat(listed.id()).isEqualTo(ban.id());
            assertThat(listed.user().username()).startsWith("victim");
            assertThat(listed.actor()).as("the owner sees who banned").isNotNull();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(".unban-button").<Labeled>query().isDisabled()).as("the owner may lift it").isFalse();
            assertThat(robot.lookup(".table-row-cell").lookup((Node n) -> n instanceof Labeled l && "Spam links".equals(l.getText()))
                    .tryQuery()).isPresent();
            screenshot(".dialog-pane", "ban-page.png");
        }
    }

    @Test
    void slowmodeCountdown_showsInTheComposer_andTheHeldMessageWaits() throws Exception {
        registerThroughUi();
        robot.interact(() -> {
            ListView<RoomInfo> rooms = robot.lookup("#roomList").queryListView();
            rooms.getSelectionModel().select(rooms.getItems().stream().filter(r -> r.name().equals("slow")).findFirst().orElseThrow());
        });
        waitUntil(() -> text("#roomTitle").equals("# slow") && !robot.lookup("#composer").queryTextInputControl().isDisabled());

        robot.clickOn("#composer").write("first");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown("#slowmodeCountdown"));
        assertThat(text("#slowmodeCountdown")).matches("Slowmode: (60|59|58) s");

        robot.clickOn("#composer").write("second");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> text("#slowmodeCountdown").endsWith("your message is sent then"));
        assertThat(text("#slowmodeCountdown")).matches("Slowmode: \\d+ s — your message is sent then");
        assertThat(robot.lookup("#sendButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#messageList").queryListView().getItems()).hasSize(1);
    }

    @Test
    void guestLogin_appearsWhenTheServerAllowsGuests_andLogsInAsGuestNnnn() throws TimeoutException {
        assertThat(shown("#guestButton")).isFalse();
        fill("#serverAddress", "127.0.0.1:" + server.port());
        robot.clickOn("#serverAddress").clickOn("#username");
        waitUntil(() -> shown("#guestButton"));

        robot.clickOn("#guestButton");

        waitUntil(() -> robot.lookup("#composer").tryQuery().isPresent()
                && !robot.lookup("#composer").queryTextInputControl().isDisabled());
        assertThat(text("#currentUser")).matches("Guest\\d{4}");
        assertThat(shown("#createRoomButton")).as("guests do not open rooms").isFalse();
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").query();
        assertThat(bar.getMenus().stream().filter(m -> "appMenu".equals(m.getId())).findFirst().orElseThrow().getItems().stream()
                .filter(i -> "profileItem".equals(i.getId())).findFirst().orElseThrow().isVisible())
                .as("guests cannot edit a profile").isFalse();
    }

    private void registerThroughUi() throws TimeoutException {
        fill("#serverAddress", "127.0.0.1:" + server.port());
        fill("#username", "owner" + USERS.incrementAndGet());
        fill("#password", "password123");
        robot.clickOn("#registerToggle");
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#composer").tryQuery().isPresent()
                && !robot.lookup("#composer").queryTextInputControl().isDisabled());
    }

    private static ParleyClient headlessUser(String prefix) throws Exception {
        ParleyClient c = connector.connect(server.address());
        c.hello("test");
        c.register(prefix + USERS.incrementAndGet(), "password123");
        return c;
    }

    /**
     * Asks for the context menu of the row showing {@code text}, as a right click does. Headless
     * Monocle turns a right click into mouse events only (its mouse input never raises the
     * platform's menu event, which desktop platforms do), so after moving there the test sends
     * the context-menu event a desktop would. Rows are re-rendered when the list refreshes: a row
     * that left the scene is looked up again.
     */
    private void rightClickOnMessage(String text) throws TimeoutException {
        waitUntil(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            Optional<Node> row = robot.lookup(".message-text").match(hasText(text)).tryQuery();
            if (row.isEmpty()) {
                return false;
            }
            try {
                robot.moveTo(row.get());
                CompletableFuture<Boolean> sent = new CompletableFuture<>();
                robot.interact(() -> {
                    Node node = row.get();
                    if (node.getScene() == null) {
                        sent.complete(false);
                        return;
                    }
                    javafx.geometry.Bounds local = node.getLayoutBounds();
                    javafx.geometry.Point2D screen = node.localToScreen(local.getCenterX(), local.getCenterY());
                    node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getCenterX(),
                            local.getCenterY(), screen.getX(), screen.getY(), false, new PickResult(node, screen.getX(), screen.getY())));
                    sent.complete(true);
                });
                return sent.get(5, TimeUnit.SECONDS);
            } catch (RuntimeException gone) {
                return false;
            }
        });
    }

    /** Writes a snapshot of the node's scene to the screenshot directory, when one is given. */
    private void screenshot(String query, String name) throws Exception {
        String dir = System.getProperty(SCREENSHOTS);
        if (dir == null || dir.isBlank()) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        robot.interact(() -> shot.complete(robot.lookup(query).<DialogPane>query().getScene().snapshot(null)));
        File out = Path.of(dir).resolve(name).toFile();
        Files.createDirectories(out.toPath().toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(shot.get(10, TimeUnit.SECONDS), null), "png", out);
    }

    /** A labeled node on screen with that text (a virtual flow keeps spare cells outside the scene). */
    private static java.util.function.Predicate<Node> hasText(String text) {
        return n -> n instanceof Labeled l && text.equals(l.getText()) && n.getScene() != null && n.isVisible();
    }

    private String text(String query) {
        return robot.lookup(query).<Labeled>query().getText();
    }

    private void fill(String query, String text) {
        TextField field = robot.lookup(query).query();
        robot.interact(() -> field.setText(text));
    }

    /** Whether the node exists and it and all its parents are visible. */
    private boolean shown(String query) {
        Optional<Node> node = robot.lookup(query).tryQuery();
        for (Node n = node.orElse(null); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.isPresent();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
