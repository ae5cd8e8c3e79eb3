package dev.parley.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyApp;
import dev.parley.client.model.MessageItem;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Presence (spec R-5, A-5) and private chats from a name (spec R-3) in the real client, headless
 * (Monocle), against a real server on loopback, with a headless protocol client as the other
 * user: their name in a message row and in the member panel changes as they connect and
 * disconnect, and a click on it opens the private chat with them.
 */
class PresenceUiTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String PASSWORD = "password123";
    private static ParleyServer server;
    private static ParleyConnector connector;

    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private Application app;

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
    void othersName_inMessageRowAndMemberList_isMutedWhileTheyAreOffline_andInTheirColourWhileOnline() throws Exception {
        startApp();
        registerThroughUi();
        String bob = "bob" + USERS.incrementAndGet();
        ParleyClient b = headless(bob, true);
        long general = room(b, "general");
        b.open(general);
        b.send(general, "hello from bob");
        waitUntil(() -> cellOf("hello from bob").isPresent());
        String colour = fx(() -> item("hello from bob").authorColor());
        showMembers();

        waitUntil(() -> online(authorName("hello from bob"), colour) && online(memberName(bob), colour) && dotShown(bob));

        b.close();
        waitUntil(() -> offline(authorName("hello from bob"), colour) && offline(memberName(bob), colour) && !dotShown(bob));

        try (ParleyClient again = headless(bob, false)) {
            waitUntil(() -> online(authorName("hello from bob"), colour) && online(memberName(bob), colour) && dotShown(bob));
            assertThat(again.isOpen()).isTrue();
        }
    }

    @Test
    void clickingAnAuthorsName_opensThePrivateChatWithThem() throws Exception {
        startApp();
        String me = registerThroughUi();
        String carol = "carol" + USERS.incrementAndGet();
        try (ParleyClient c = headless(carol, true)) {
            long general = room(c, "general");
            c.open(general);
            c.send(general, "ask me anything");
            waitUntil(() -> cellOf("ask me anything").isPresent());
            waitUntil(() -> fx(() -> authorName("ask me anything").getStyleClass().contains("user-link")));

            robot.clickOn(authorName("ask me anything"));

            waitUntil(() -> fx(() -> {
                RoomInfo current = robot.lookup("#privateList").<RoomInfo>queryListView().getSelectionModel().getSelectedItem();
                return current != null && current.privateChat()
                        && current.participants().stream().map(UserInfo::username).toList().containsAll(List.of(me, carol));
            }));
            assertThat(c.rooms().rooms()).as("the server made it, for both").anyMatch(RoomInfo::privateChat);
        }
    }

    @Test
    void clickingAMemberName_opensThePrivateChatWithThem() throws Exception {
        startApp();
        registerThroughUi();
        String erin = "erin" + USERS.incrementAndGet();
        try (ParleyClient e = headless(erin, true)) {
            e.open(room(e, "general"));
            showMembers();
            // Online first: erin's row moves up once her presence is known; click it after that.
            waitUntil(() -> dotShown(erin) && fx(() -> memberName(erin).getStyleClass().contains("user-link")));
            WaitForAsyncUtils.waitForFxEvents();

            robot.clickOn(memberName(erin));

            waitUntil(() -> privateChatWith(erin));
        }
    }

    @Test
    void clickingAMention_opensThePrivateChatWithTheOneMentioned() throws Exception {
        startApp();
        registerThroughUi();
        String dave = "dave" + USERS.incrementAndGet();
        String fred = "fred" + USERS.incrementAndGet();
        try (ParleyClient d = headless(dave, true); ParleyClient f = headless(fred, true)) {
            long general = room(f, "general");
            f.open(general);
            f.send(general, "@" + dave + " have a look");
            waitUntil(() -> cellOf("@" + dave + " have a look").map(c -> c.lookup(".mention")).isPresent()
                    && fx(() -> cellOf("@" + dave + " have a look").orElseThrow().lookup(".mention.user-link") != null));

            robot.clickOn(fx(() -> cellOf("@" + dave + " have a look").orElseThrow().lookup(".mention")));

            waitUntil(() -> privateChatWith(dave));
            assertThat(d.isOpen()).isTrue();
        }
    }

    // Helpers

    /** Opens the member panel with its toggle in the room header, once the header shows it. */
    private void showMembers() throws TimeoutException {
        waitUntil(() -> fx(() -> {
            Node toggle = robot.lookup("#membersToggle").query();
            return toggle.isVisible() && toggle.getLayoutBounds().getWidth() > 0;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#membersToggle");
        waitUntil(() -> fx(() -> robot.lookup("#memberPanel").query().isVisible()));
    }

    /** Whether the room shown (selected in the sidebar) is the private chat with {@code username}. */
    private boolean privateChatWith(String username) {
        return fx(() -> {
            RoomInfo current = robot.lookup("#privateList").<RoomInfo>queryListView().getSelectionModel().getSelectedItem();
            return current != null && current.privateChat()
                    && current.participants().stream().anyMatch(u -> u.username().equals(username));
        });
    }

    private void startApp() throws TimeoutException {
        System.setProperty("parley.home", home.toString());
        app = FxToolkit.setupApplication(() -> new ParleyApp(Clock.systemDefaultZone(), opened::add));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String registerThroughUi() throws TimeoutException {
        String name = "ui" + USERS.incrementAndGet();
        fill("#serverAddress", "127.0.0.1:" + server.port());
        fill("#username", name);
        fill("#password", PASSWORD);
        robot.clickOn("#registerToggle");
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#composer").tryQuery().isPresent()
                && !robot.lookup("#composer").queryTextInputControl().isDisabled());
        return name;
    }

    /** A headless user {@code name}: registered when {@code register}, else logged in again. */
    private static ParleyClient headless(String name, boolean register) throws java.io.IOException {
        ParleyClient c = connector.connect(server.address());
        c.hello("test");
        if (register) {
            c.register(name, PASSWORD);
        } else {
            c.login(name, PASSWORD);
        }
        return c;
    }

    private static long room(ParleyClient c, String name) {
        return c.rooms().rooms().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void fill(String query, String text) {
        TextField field = robot.lookup(query).query();
        robot.interact(() -> field.setText(text));
    }

    private MessageItem item(String text) {
        return robot.lookup("#messageList").<MessageItem>queryListView().getItems().stream()
                .filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    private Optional<ListCell<?>> cellOf(String text) {
        return fx(() -> robot.lookup(".message-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> c.getScene() != null && c.isVisible() && c.getItem() instanceof MessageItem m && m.text().equals(text))
                .findFirst());
    }

    private Label authorName(String text) {
        return fx(() -> (Label) cellOf(text).orElseThrow().lookup(".message-author"));
    }

    /** The name label of {@code username}'s row in the member panel, or null while it is not shown. */
    private Label memberName(String username) {
        return fx(() -> memberCell(username).map(c -> (Label) c.lookup(".member-name")).orElse(null));
    }

    private Optional<ListCell<?>> memberCell(String username) {
        return fx(() -> robot.lookup("#memberList .list-cell").<ListCell<?>>queryAll().stream()
                .filter(c -> c.getItem() instanceof UserInfo u && u.username().equals(username))
                .findFirst());
    }

    private boolean dotShown(String username) {
        return fx(() -> memberCell(username).map(c -> c.lookup(".presence-dot")).map(Node::isVisible).orElse(false));
    }

    /** In the user's colour and marked online, as CSS has applied it. */
    private static boolean online(Label name, String colour) {
        return name != null && fx(() -> name.getStyleClass().contains("online") && !name.getStyleClass().contains("offline")
                && Color.web(colour).equals(name.getTextFill()));
    }

    /** Muted (not the user's colour) and marked offline, as CSS has applied it. */
    private static boolean offline(Label name, String colour) {
        return name != null && fx(() -> name.getStyleClass().contains("offline") && !name.getStyleClass().contains("online")
                && !Color.web(colour).equals(name.getTextFill()));
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
