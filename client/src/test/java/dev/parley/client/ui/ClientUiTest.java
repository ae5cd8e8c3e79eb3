package dev.parley.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.client.ParleyApp;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.EmbeddedServerHost;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
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
 * The real client, headless (Monocle), against a real server on a free loopback port, with a
 * headless protocol client playing the other team members. Each test starts the application
 * afresh with its own preferences directory.
 */
class ClientUiTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    private static ParleyServer server;
    private static ParleyConnector connector;

    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void startServer(@TempDir Path data) throws TimeoutException {
        server = ParleyServer.start(ServerConfig.loopback(data));
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
    void registerThroughUi_thenEnterSendsAndMessageIsListed() throws TimeoutException {
        registerThroughUi();

        robot.clickOn("#composer").write("hello from the ui");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> texts().contains("hello from the ui"));
        assertThat(robot.lookup("#composer").queryTextInputControl().getText()).isEmpty();
        assertThat(robot.lookup("#connectionStatus").queryLabeled().getText()).isEqualTo("Connected");
    }

    @Test
    void messageFromHeadlessClient_appearsLive() throws Exception {
        registerThroughUi();
        try (ParleyClient other = headlessUser()) {
            long general = room(other, "general");
            other.open(general);

            other.send(general, "live from a bot");

            waitUntil(() -> texts().contains("live from a bot"));
        }
    }

    @Test
    void scrollingToTop_loadsOlderPagesAndKeepsReadingPosition() throws Exception {
        long random;
        try (ParleyClient other = headlessUser()) {
            random = room(other, "random");
            for (int i = 1; i <= 120; i++) {
                other.send(random, "seed " + i);
            }
        }
        registerThroughUi();
        robot.interact(() -> {
            ListView<RoomInfo> rooms = robot.lookup("#roomList").queryListView();
            rooms.getSelectionModel().select(rooms.getItems().stream().filter(r -> r.id() == random).findFirst().orElseThrow());
        });
        waitUntil(() -> texts().size() == 50 && texts().get(49).equals("seed 120"));
        assertThat(robot.lookup("#roomTitle").queryLabeled().getText()).isEqualTo("# random");

        robot.interact(() -> messageList().scrollTo(0));
        waitUntil(() -> texts().size() >= 100);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(firstVisibleText()).as("the row that was on top stays on top (rows held: %d)", texts().size())
                .isEqualTo("seed 71");

        waitUntil(() -> {
            robot.interact(() -> messageList().scrollTo(0));
            return texts().contains("seed 1");
        });
        assertThat(texts()).hasSize(120).startsWith("seed 1", "seed 2").endsWith("seed 120");
    }

    @Test
    void choosingPolish_translatesTheUi() throws TimeoutException {
        Button submit = robot.lookup("#loginButton").queryButton();
        assertThat(submit.getText()).isEqualTo("Log in");

        robot.interact(() -> menuItem("languageMenu", "languagePolish").fire());

        assertThat(submit.getText()).isEqualTo("Zaloguj się");
        assertThat(robot.lookup("#registerToggle").queryLabeled().getText()).isEqualTo("Załóż nowe konto");
    }

    @Test
    void hostChat_startsEmbeddedServerLogsInAndShowsAddressToShare() throws TimeoutException {
        System.setProperty(EmbeddedServerHost.PORT_PROPERTY, "0");
        fill("#username", "hoster");
        fill("#password", "password123");

        robot.clickOn("#hostButton");

        waitUntil(() -> robot.lookup("#shareAddress").tryQuery().isPresent()
                && robot.lookup("#shareAddress").queryLabeled().isVisible());
        assertThat(robot.lookup("#shareAddress").queryLabeled().getText()).matches("Hosting at .+:\\d+");
        waitUntil(() -> robot.lookup("#roomTitle").queryLabeled().getText().equals("# general"));
    }

    @Test
    void stopHosting_inTheChat_stopsTheServerAndReturnsToLogin() throws Exception {
        int port = hostThroughUi("stopper");

        robot.clickOn("#stopHostingButton");

        waitUntil(() -> robot.lookup("#loginButton").tryQuery().isPresent());
        waitUntil(() -> !shown("#hostingAddress"));
        assertServerStopped(port);
    }

    @Test
    void logOut_whileHosting_keepsTheServerShownOnLoginWithStop() throws Exception {
        int port = hostThroughUi("leaver");

        robot.clickOn("#leaveButton");

        waitUntil(() -> robot.lookup("#loginButton").tryQuery().isPresent()
                && shown("#hostingAddress"));
        assertThat(robot.lookup("#hostingAddress").queryLabeled().getText()).matches("Hosting at .+:" + port);
        connector.connect("127.0.0.1:" + port).close();

        robot.clickOn("#stopHostingButton");

        waitUntil(() -> !shown("#hostingAddress"));
        assertServerStopped(port);
    }

    /** Hosts a chat through the login screen and returns the hosted server's port. */
    private int hostThroughUi(String user) throws TimeoutException {
        System.setProperty(EmbeddedServerHost.PORT_PROPERTY, "0");
        fill("#username", user);
        fill("#password", "password123");
        robot.clickOn("#hostButton");
        waitUntil(() -> robot.lookup("#shareAddress").tryQuery().isPresent()
                && robot.lookup("#shareAddress").queryLabeled().isVisible()
                && robot.lookup("#roomTitle").queryLabeled().getText().equals("# general"));
        String text = robot.lookup("#shareAddress").queryLabeled().getText();
        return Integer.parseInt(text.substring(text.lastIndexOf(':') + 1));
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

    private static void assertServerStopped(int port) {
        assertThatThrownBy(() -> connector.connect("127.0.0.1:" + port).close()).as("the hosted server is stopped").isNotNull();
    }

    @Test
    void wrongServerAddress_showsTranslatedCannotReach() throws TimeoutException {
        fill("#serverAddress", "127.0.0.1:1");
        fill("#username", "nobody");
        fill("#password", "password123");
        robot.clickOn("#loginButton");

        waitUntil(() -> robot.lookup("#loginError").queryLabeled().isVisible());
        assertThat(robot.lookup("#loginError").queryLabeled().getText()).startsWith("Cannot reach the server");
    }

    private void registerThroughUi() throws TimeoutException {
        fill("#serverAddress", "127.0.0.1:" + server.port());
        fill("#username", "ui" + USERS.incrementAndGet());
        fill("#password", "password123");
        robot.clickOn("#registerToggle");
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#composer").tryQuery().isPresent()
                && !robot.lookup("#composer").queryTextInputControl().isDisabled());
    }

    private void fill(String query, String text) {
        TextField field = robot.lookup(query).query();
        robot.interact(() -> field.setText(text));
    }

    private static ParleyClient headlessUser() throws Exception {
        ParleyClient c = connector.connect(server.address());
        c.hello("test");
        c.register("bot" + USERS.incrementAndGet(), "password123");
        return c;
    }

    private static long room(ParleyClient c, String name) {
        return c.rooms().rooms().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    private ListView<MessageItem> messageList() {
        return robot.lookup("#messageList").queryListView();
    }

    private List<String> texts() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> messageList().getItems().stream().map(MessageItem::text).toList())
                    .get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String firstVisibleText() throws Exception {
        CompletableFuture<String> text = new CompletableFuture<>();
        robot.interact(() -> {
            VirtualFlow<?> flow = (VirtualFlow<?>) messageList().lookup(".virtual-flow");
            ListCell<?> cell = (ListCell<?>) flow.getFirstVisibleCell();
            text.complete(((MessageItem) cell.getItem()).text());
        });
        return text.get(5, TimeUnit.SECONDS);
    }

    private MenuItem menuItem(String menuId, String itemId) {
        MenuBar bar = robot.lookup("#menuBar").query();
        return bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
