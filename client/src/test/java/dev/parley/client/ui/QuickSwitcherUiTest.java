package dev.parley.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyApp;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quick switcher (spec UX-3) in the real client, headless (Monocle), against a real server
 * on loopback with a fresh database; a headless protocol client is the other person.
 */
class QuickSwitcherUiTest {
    private static ParleyServer server;
    private static ParleyConnector connector;

    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeAll
    static void startServer(@TempDir Path data) throws Exception {
        server = ParleyServer.start(ServerConfig.loopback(data));
        connector = new ParleyConnector();
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void ctrlK_partOfARoomNameAndEnter_opensTheRoom_aPersonsNameAndEnter_opensAPrivateChat_escape_closes() throws Exception {
        try (ParleyClient other = connector.connect(server.address())) {
            other.hello("test");
            SessionInfo pal = other.register("palina", "password123");
            RoomInfo target = other.await(id -> new CreateRoom(id, "stargazers", "Telescopes"));
            long general = other.rooms().rooms().stream().filter(r -> r.name().equals("general")).findFirst().orElseThrow().id();
            other.open(general);
            // A message of theirs in the first room is how our client gets to know them.
            other.send(general, "hello from palina");

            System.setProperty("parley.home", home.toString());
            app = FxToolkit.setupApplication(ParleyApp.class);
            WaitForAsyncUtils.waitForFxEvents();
            register("switcher");
            waitUntil(() -> robot.lookup("#roomTitle").queryLabeled().getText().equals("# general"));
            waitUntil(() -> robot.lookup("#roomList").<ListView<RoomInfo>>query().getItems().stream()
                    .anyMatch(r -> r.id() == target.id()));

            openSwitcher();
            robot.write("gazer");
            waitUntil(() -> switcherList().getItems().size() == 1);
            robot.type(KeyCode.ENTER);

            waitUntil(() -> robot.lookup("#roomTitle").queryLabeled().getText().equals("# stargazers"));
            waitUntil(() -> robot.lookup("#quickSwitcher").tryQuery().isEmpty());

            openSwitcher();
            robot.write("palina");
            waitUntil(() -> !switcherList().getItems().isEmpty());
            robot.type(KeyCode.ENTER);

            waitUntil(() -> {
                RoomInfo open = robot.lookup("#privateList").<ListView<RoomInfo>>query().getSelectionModel().getSelectedItem();
                return open != null && open.privateChat()
                        && open.participants().stream().anyMatch(p -> p.id() == pal.user().id());
            });
            assertThat(robot.lookup("#quickSwitcher").tryQuery()).isEmpty();

            openSwitcher();
            robot.write("general");
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> robot.lookup("#quickSwitcher").tryQuery().isEmpty());
            assertThat(robot.lookup("#privateList").<ListView<RoomInfo>>query().getSelectionModel().getSelectedItem().privateChat())
                    .as("Escape opens nothing").isTrue();
            assertThat(robot.lookup("#roomTitle").queryLabeled().getText()).isEqualTo("palina");
        }
    }

    private void register(String name) throws TimeoutException {
        fill("#serverAddress", "127.0.0.1:" + server.port());
        fill("#username", name);
        fill("#password", "password123");
        robot.clickOn("#registerToggle");
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#composer").tryQuery().isPresent()
                && !robot.lookup("#composer").queryTextInputControl().isDisabled());
    }

    private void openSwitcher() throws TimeoutException {
        robot.clickOn("#composer");
        robot.push(KeyCode.SHORTCUT, KeyCode.K);
        waitUntil(() -> robot.lookup("#quickSwitcherField").tryQuery().map(n -> n.isFocused()).orElse(false));
        // The robot types characters into the focus owner of its target window, not of the focused one.
        robot.targetWindow(robot.lookup("#quickSwitcherField").query().getScene().getWindow());
    }

    private ListView<?> switcherList() {
        return robot.lookup("#quickSwitcherList").queryListView();
    }

    private void fill(String query, String text) {
        TextField field = robot.lookup(query).query();
        robot.interact(() -> field.setText(text));
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
