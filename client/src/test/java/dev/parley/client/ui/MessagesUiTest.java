package dev.parley.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyApp;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.ManualClock;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.MessageVersions;
import dev.parley.protocol.frame.React;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.frame.Vote;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.MessageVersion;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Messages people work with (issue 3) in the real client, headless (Monocle), against a real
 * server on loopback whose clock can be set back (to store messages on earlier days), with
 * headless protocol clients as the other people. Each test starts the app with its own clock
 * and a link opener that records instead of starting a browser.
 *
 * <p>The tests of edit, votes, anonymous posting, replies, reactions and completion need the
 * server side of issue 3; while the server in this build does not answer those frames (it says
 * {@code unknown_type}) they are skipped, not failed.
 */
class MessagesUiTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final String THUMBS = "\uD83D\uDC4D";
    private static final ShiftedClock SERVER_CLOCK = new ShiftedClock(java.time.ZoneOffset.UTC);
    private static ParleyServer server;
    private static ParleyConnector connector;
    private static boolean serverWorksWithMessages;
    private static boolean serverHasProfiles;
    private static final java.util.Map<ParleyClient, String> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private Application app;

    @BeforeAll
    static void startServer(@TempDir Path data) throws Exception {
        server = ParleyServer.start(ServerConfig.loopback(data), SERVER_CLOCK);
        connector = new ParleyConnector();
        FxToolkit.registerPrimaryStage();
        try (ParleyClient probe = headlessUser("probe")) {
            serverWorksWithMessages = answers(probe, id -> new MessageVersions(id, 1L));
            serverHasProfiles = answers(probe, id -> new dev.parley.protocol.frame.UpdateProfile(id, null, null, "", null));
        }
    }

    /** Whether the server answers the request with anything but {@code unknown_type}. */
    private static <R> boolean answers(ParleyClient c,
                                       java.util.function.Function<String, ? extends dev.parley.protocol.frame.Request<R>> request) {
        try {
            c.await(request);
            return true;
        } catch (ParleyException e) {
            return e.code() != ErrorCode.UNKNOWN_TYPE;
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        SERVER_CLOCK.reset();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void startApp(Clock clock) throws TimeoutException {
        System.setProperty("parley.home", home.toString());
        app = FxToolkit.setupApplication(() -> new ParleyApp(clock, opened::add));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void needsTheServerSide() {
        Assumptions.assumeTrue(serverWorksWithMessages, "the server in this build does not answer the issue 3 frames yet");
    }

    // M-4

    @Test
    void editFlow_upChangeEnter_othersSeeTheNewTextAndEdited_andTheHistoryWindowListsBothVersions() throws Exception {
        needsTheServerSide();
        startApp(Clock.systemDefaultZone());
        String me = registerThroughUi();
        try (ParleyClient other = headlessUser("reader")) {
            long general = room(other, "general");
            other.open(general);
            BlockingQueue<MessageInfo> changes = new LinkedBlockingQueue<>();
            other.onPush(p -> {
                if (p instanceof MessageChanged changed) {
                    changes.add(changed.message());
                }
            });
            robot.clickOn("#composer").write("the forecast: rain");
            robot.type(KeyCode.ENTER);
            waitUntil(() -> rowText("the forecast: rain").isPresent());

            robot.clickOn("#composer");
            robot.type(KeyCode.UP);
            waitUntil(() -> shown("#editBar") && "the forecast: rain".equals(composerText()));
            robot.interact(() -> robot.lookup("#composer").queryTextInputControl().setText("the forecast: sun"));
            robot.type(KeyCode.ENTER);

            MessageInfo changed = changes.poll(15, TimeUnit.SECONDS);
            assertThat(changed).as("the other client is told").isNotNull();
            assertThat(changed.text()).isEqualTo("the forecast: sun");
            assertThat(changed.edited()).isNotNull();
            waitUntil(() -> rowText("the forecast: sun").isPresent() && !shown("#editBar"));
            assertThat(composerText()).isEmpty();

            MessageItem row = item("the forecast: sun");
            assertThat(row.edited()).isTrue();
            List<MessageVersion> versions = other.await(id -> new MessageVersions(id, row.id())).versions();
            assertThat(versions).extracting(MessageVersion::text).containsExactly("the forecast: rain", "the forecast: sun");

            robot.clickOn(inRow("the forecast: sun", ".edited-link"));
            waitUntil(() -> robot.lookup("#versionList").tryQuery().isPresent()
                    && robot.lookup("#versionList").<ListView<MessageVersion>>query().getItems().size() == 2);
            ListView<MessageVersion> list = robot.lookup("#versionList").query();
            assertThat(list.getItems()).extracting(MessageVersion::text).containsExactly("the forecast: rain", "the forecast: sun");
            assertThat(list.getItems()).allSatisfy(v -> assertThat(v.at()).isNotNull());
            assertThat(robot.lookup(".version-time").<Labeled>queryAll()).extracting(Labeled::getText)
                    .allSatisfy(t -> assertThat(t).isNotBlank());
            assertThat(me).isNotBlank();
        }
    }

    // M-5

    @Test
    void deletingOwnMessage_afterConfirming_leavesATombstoneForEveryone() throws Exception {
        needsTheServerSide();
        startApp(Clock.systemDefaultZone());
        registerThroughUi();
        try (ParleyClient other = headlessUser("witness")) {
            long general = room(other, "general");
            other.open(general);
            BlockingQueue<MessageInfo> changes = new LinkedBlockingQueue<>();
            other.onPush(p -> {
                if (p instanceof MessageChanged changed) {
                    changes.add(changed.message());
                }
            });
            robot.clickOn("#composer").write("posted in the wrong room");
            robot.type(KeyCode.ENTER);
            waitUntil(() -> rowText("posted in the wrong room").isPresent());
            long id = item("posted in the wrong room").id();

            contextMenuOf("posted in the wrong room");
            waitUntil(() -> menuEntryShown("menu-delete"));
            robot.interact(() -> menuEntry("menu-delete").fire());
            waitUntil(() -> robot.lookup("#confirmDelete").tryQuery().isPresent());
            robot.clickOn("#confirmDelete");

            MessageInfo tomb = changes.poll(15, TimeUnit.SECONDS);
            assertThat(tomb).isNotNull();
            assertThat(tomb.id()).isEqualTo(id);
            assertThat(tomb.isTombstone()).isTrue();
            waitUntil(() -> robot.lookup(".tombstone").<Labeled>queryAll().stream()
                    .anyMatch(l -> l.getScene() != null && "This message was deleted".equals(l.getText())));
            assertThat(items()).extracting(MessageItem::id).contains(id);
        }
    }

    // M-6

    @Test
    void voteClick_updatesTheSum_andAnotherClientsVoteUpdatesItLive() throws Exception {
        needsTheServerSide();
        startApp(Clock.systemDefaultZone());
        registerThroughUi();
        try (ParleyClient author = headlessUser("author"); ParleyClient voter = headlessUser("voter")) {
            long general = room(author, "general");
            MessageInfo m = author.send(general, "vote on this " + USERS.incrementAndGet());
            waitUntil(() -> rowText(m.text()).isPresent());
            assertThat(score(m.text())).as("the author's own upvote").isEqualTo("1");

            robot.clickOn(inRow(m.text(), ".vote-up"));
            waitUntil(() -> "2".equals(score(m.text())));
            assertThat(inRow(m.text(), ".vote-up").getStyleClass()).contains("voted");

            voter.await(id -> new Vote(id, m.id(), -1));
            waitUntil(() -> "1".equals(score(m.text())));

            robot.clickOn(inRow(m.text(), ".vote-up"));
            waitUntil(() -> "0".equals(score(m.text())));
            assertThat(inRow(m.text(), ".vote-up").getStyleClass()).doesNotContain("voted");
        }
    }

    // M-7

    @Test
    void anonymousCheckbox_hidesTheNameForOthers_andTheAuthorStillSeesItAsTheirs() throws Exception {
        needsTheServerSide();
        startApp(Clock.systemDefaultZone());
        String me = registerThroughUi();
        try (ParleyClient other = headlessUser("watcher")) {
            long general = room(other, "general");
            other.open(general);
            BlockingQueue<String> raw = new LinkedBlockingQueue<>();
            other.onRawPush(text -> {
                if (text.contains("the coffee machine")) {
                    raw.add(text);
                }
                return false;
            });
            assertThat(shown("#anonymousCheck")).as("offered in a public room").isTrue();
            robot.clickOn("#anonymousCheck");
            robot.clickOn("#composer").write("the coffee machine is broken again");
            robot.type(KeyCode.ENTER);

            String frame = raw.poll(15, TimeUnit.SECONDS);
            assertThat(frame).as("the other client got the message").isNotNull();
            assertThat(frame).doesNotContain("\"author\"").doesNotContain(me);
            waitUntil(() -> rowText("the coffee machine is broken again").isPresent());
            MessageItem row = item("the coffee machine is broken again");
            assertThat(row.mine()).isTrue();
            assertThat(inRowText("the coffee machine is broken again", ".message-author")).isEqualTo(me);
            assertThat(inRow("the coffee machine is broken again", ".anonymous-mark").isVisible()).isTrue();
            assertThat(robot.lookup("#anonymousCheck").<javafx.scene.control.CheckBox>query().isSelected())
                    .as("unchecked after sending").isFalse();
        }
    }

    // M-8

    @Test
    void clickingALink_callsTheOpener_andJavascriptIsNoLink() throws Exception {
        startApp(Clock.systemDefaultZone());
        registerThroughUi();
        try (ParleyClient other = headlessUser("linker")) {
            long general = room(other, "general");
            String text = "docs at https://example.org/guide. not javascript:alert(1) nor file:///etc/passwd";
            other.send(general, text);
            waitUntil(() -> links().size() == 1);

            Hyperlink link = links().get(0);
            assertThat(link.getText()).isEqualTo("https://example.org/guide");
            robot.clickOn(link);

            waitUntil(() -> opened.size() == 1);
            assertThat(opened).containsExactly("https://example.org/guide");
            assertThat(links()).extracting(Hyperlink::getText).noneMatch(t -> t.contains("javascript") || t.contains("file:"));
            assertThat(robot.lookup(".message-text-flow .message-text").<javafx.scene.text.Text>queryAll())
                    .extracting(javafx.scene.text.Text::getText).anyMatch(t -> t.contains("javascript:alert(1)"));
        }
    }

    // M-9

    @Test
    void dayBanners_carryTheRightLabelsAtAFixedClock_rollOverAtMidnight_inBothLanguages() throws Exception {
        // 23:50 in Warsaw on 20 November 2026.
        Instant now = Instant.parse("2026-11-20T22:50:00Z");
        ManualClock clock = new ManualClock(now, WARSAW);
        String roomName = "days" + USERS.incrementAndGet();
        try (ParleyClient other = headlessUser("dater")) {
            RoomInfo room = other.await(id -> new CreateRoom(id, roomName, "Banners"));
            SERVER_CLOCK.setNow(now.minus(Duration.ofDays(3)));
            other.send(room.id(), "three days ago");
            SERVER_CLOCK.setNow(now.minus(Duration.ofDays(1)));
            other.send(room.id(), "yesterday, first");
            other.send(room.id(), "yesterday, second");
            SERVER_CLOCK.setNow(now.minus(Duration.ofMinutes(10)));
            other.send(room.id(), "ten minutes ago");
            SERVER_CLOCK.reset();

            startApp(clock);
            registerThroughUi();
            openRoom(roomName);
            waitUntil(() -> banners().size() == 3);
            assertThat(banners()).containsExactly("Nov 17, 2026", "Yesterday", "Today");

            robot.interact(() -> clock.advance(Duration.ofMinutes(15)));
            waitUntil(() -> banners().equals(List.of("Nov 17, 2026", "2 days ago", "Yesterday")));

            robot.interact(() -> menuItem("languageMenu", "languagePolish").fire());
            waitUntil(() -> banners().equals(List.of("17 lis 2026", "2 dni temu", "Wczoraj")));
        }
    }

    // M-12

    @Test
    void clickingAQuote_jumpsToTheOriginal_loadingTheHistoryAroundIt() throws Exception {
        needsTheServerSide();
        String roomName = "jump" + USERS.incrementAndGet();
        try (ParleyClient other = headlessUser("quoter")) {
            RoomInfo room = other.await(id -> new CreateRoom(id, roomName, "Quotes"));
            MessageInfo original = other.send(room.id(), "the original question");
            for (int i = 1; i <= 120; i++) {
                other.send(room.id(), "filler " + i);
            }
            other.await(id -> new SendMessage(id, room.id(), UUID.randomUUID(), "the answer", null, original.id(), null));

            startApp(Clock.systemDefaultZone());
            registerThroughUi();
            openRoom(roomName);
            waitUntil(() -> rowText("the answer").isPresent());
            assertThat(items()).extracting(MessageItem::id).doesNotContain(original.id());

            robot.clickOn(inRow("the answer", ".reply-quote"));

            waitUntil(() -> items().stream().anyMatch(m -> m.id() == original.id()) && rowText("the original question").isPresent());
            assertThat(items().get(0).id()).as("the page around it, not the whole history").isEqualTo(original.id());
            waitUntil(() -> cellOf("the original question").map(c -> c.getStyleClass().contains("flash")).orElse(false));
        }
    }

    @Test
    void reactions_showTheCount_andWhoReactedOnHover_andAClickAddsMine() throws Exception {
        needsTheServerSide();
        startApp(Clock.systemDefaultZone());
        registerThroughUi();
        try (ParleyClient ania = headlessUser("ania"); ParleyClient tomek = headlessUser("tomek")) {
            long general = room(ania, "general");
            MessageInfo m = ania.send(general, "lunch at noon? " + USERS.incrementAndGet());
            waitUntil(() -> rowText(m.text()).isPresent());
            ania.await(id -> new React(id, m.id(), THUMBS, true));
            tomek.await(id -> new React(id, m.id(), THUMBS, true));
            waitUntil(() -> (THUMBS + " 2").equals(chipText(m.text())));

            // The row renders again when the reacting users' names arrive: hover the chip on screen now.
            String expected = name(ania) + " and " + name(tomek);
            waitUntil(() -> {
                Button chip = (Button) inRow(m.text(), ".reaction-chip");
                if (chip == null || chip.getScene() == null) {
                    return false;
                }
                try {
                    robot.moveTo(chip);
                    WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> chip.getTooltip().isShowing() || chip.getScene() == null);
                } catch (TimeoutException | RuntimeException goneMeanwhile) {
                    return false;
                }
                return chip.getTooltip().isShowing() && expected.equals(chip.getTooltip().getText());
            });

            robot.clickOn(inRow(m.text(), ".reaction-chip"));
            waitUntil(() -> (THUMBS + " 3").equals(chipText(m.text())));
            assertThat(inRow(m.text(), ".reaction-chip").getStyleClass()).contains("mine");
        }
    }

    @Test
    void typingAt_offersTheRoomsMembers_andEnterInsertsTheName() throws Exception {
        needsTheServerSide();
        startApp(Clock.systemDefaultZone());
        registerThroughUi();
        try (ParleyClient member = headlessUser("zelda")) {
            member.open(room(member, "general"));
            String username = name(member);

            robot.clickOn("#composer").write("hi @zel");
            waitUntil(() -> robot.lookup("#mention-" + username).tryQuery().isPresent());
            robot.type(KeyCode.ENTER);

            waitUntil(() -> ("hi @" + username + " ").equals(composerText()));
            robot.type(KeyCode.ENTER);
            waitUntil(() -> robot.lookup(".mention").tryQuery().isPresent());
        }
    }

    // ID-4

    @Test
    void profileEntry_isOfferedAfterLogin_andOpensTheDialogWithTheCurrentProfile() throws Exception {
        startApp(Clock.systemDefaultZone());
        assertThat(menuItem("appMenu", "profileItem").isVisible()).as("not before logging in").isFalse();
        String me = registerThroughUi();

        assertThat(menuItem("appMenu", "profileItem").isVisible()).isTrue();
        robot.interact(() -> menuItem("appMenu", "profileItem").fire());

        waitUntil(() -> robot.lookup("#profileName").tryQuery().isPresent());
        assertThat(robot.lookup("#profileName").<TextField>query().getText()).isEqualTo(me);
        assertThat(robot.lookup("#profileStatus").<TextField>query().getText()).isEmpty();
    }

    @Test
    void savingTheProfile_changesTheNameInTheChat_andReachesOtherClientsLive() throws Exception {
        Assumptions.assumeTrue(serverHasProfiles, "the server in this build does not answer update_profile yet");
        startApp(Clock.systemDefaultZone());
        registerThroughUi();
        try (ParleyClient other = headlessUser("friend")) {
            BlockingQueue<dev.parley.protocol.model.UserInfo> pushes = new LinkedBlockingQueue<>();
            other.onPush(p -> {
                if (p instanceof dev.parley.protocol.frame.UserChanged changed) {
                    pushes.add(changed.user());
                }
            });
            robot.clickOn("#composer").write("before the rename");
            robot.type(KeyCode.ENTER);
            waitUntil(() -> rowText("before the rename").isPresent());
            robot.interact(() -> menuItem("appMenu", "profileItem").fire());
            waitUntil(() -> robot.lookup("#profileName").tryQuery().isPresent());
            fill("#profileName", "Dana the Tester");
            fill("#profileStatus", "Testing the installer");
            robot.clickOn("#profileSave");

            dev.parley.protocol.model.UserInfo pushed = pushes.poll(15, TimeUnit.SECONDS);
            assertThat(pushed).as("other clients are told").isNotNull();
            assertThat(pushed.displayName()).isEqualTo("Dana the Tester");
            assertThat(pushed.status()).isEqualTo("Testing the installer");
            waitUntil(() -> "Dana the Tester".equals(inRowText("before the rename", ".message-author"))
                    && robot.lookup("#currentUser").queryLabeled().getText().equals("Dana the Tester"));
        }
    }

    // Helpers

    private String registerThroughUi() throws TimeoutException {
        String name = "ui" + USERS.incrementAndGet();
        fill("#serverAddress", "127.0.0.1:" + server.port());
        fill("#username", name);
        fill("#password", "password123");
        robot.clickOn("#registerToggle");
        robot.clickOn("#loginButton");
        waitUntil(() -> robot.lookup("#composer").tryQuery().isPresent()
                && !robot.lookup("#composer").queryTextInputControl().isDisabled());
        return name;
    }

    private void openRoom(String name) throws TimeoutException {
        waitUntil(() -> robot.lookup("#roomList").<ListView<RoomInfo>>query().getItems().stream().anyMatch(r -> r.name().equals(name)));
        robot.interact(() -> {
            ListView<RoomInfo> rooms = robot.lookup("#roomList").queryListView();
            rooms.getSelectionModel().select(rooms.getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow());
        });
        waitUntil(() -> robot.lookup("#roomTitle").queryLabeled().getText().equals("# " + name));
    }

    private static ParleyClient headlessUser(String prefix) throws Exception {
        ParleyClient c = connector.connect(server.address());
        c.hello("test");
        String name = prefix + USERS.incrementAndGet();
        c.register(name, "password123");
        NAMES.put(c, name);
        return c;
    }

    /** The user name a headless client registered with. */
    private static String name(ParleyClient c) {
        return NAMES.get(c);
    }

    private static long room(ParleyClient c, String name) {
        return c.rooms().rooms().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().id();
    }

    private void fill(String query, String text) {
        TextField field = robot.lookup(query).query();
        robot.interact(() -> field.setText(text));
    }

    private String composerText() {
        return robot.lookup("#composer").queryTextInputControl().getText();
    }

    private List<MessageItem> items() {
        return fx(() -> List.copyOf(robot.lookup("#messageList").<ListView<MessageItem>>query().getItems()));
    }

    private MessageItem item(String text) {
        return items().stream().filter(m -> m.text().equals(text)).findFirst().orElseThrow();
    }

    /** The visible cell showing the message with {@code text}. */
    private Optional<javafx.scene.control.ListCell<?>> cellOf(String text) {
        return fx(() -> robot.lookup(".message-cell").<javafx.scene.control.ListCell<?>>queryAll().stream()
                .filter(c -> c.getScene() != null && c.isVisible() && c.getItem() instanceof MessageItem m && m.text().equals(text))
                .findFirst());
    }

    private Optional<Node> rowText(String text) {
        return cellOf(text).map(c -> (Node) c);
    }

    private Node inRow(String text, String query) {
        return fx(() -> cellOf(text).orElseThrow().lookup(query));
    }

    private String inRowText(String text, String query) {
        return fx(() -> ((Labeled) cellOf(text).orElseThrow().lookup(query)).getText());
    }

    private String score(String text) {
        return fx(() -> cellOf(text).map(c -> ((Labeled) c.lookup(".vote-score")).getText()).orElse(null));
    }

    private String chipText(String text) {
        return fx(() -> cellOf(text).map(c -> c.lookup(".reaction-chip")).map(n -> ((Labeled) n).getText()).orElse(null));
    }

    private List<Hyperlink> links() {
        return fx(() -> robot.lookup(".message-link").<Hyperlink>queryAll().stream()
                .filter(l -> l.getScene() != null && l.isVisible()).toList());
    }

    /** The day banners on screen, top to bottom. */
    private List<String> banners() {
        return fx(() -> robot.lookup(".message-cell").<javafx.scene.control.ListCell<?>>queryAll().stream()
                .filter(c -> c.getScene() != null && c.isVisible() && c.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(javafx.scene.control.ListCell::getIndex))
                .map(c -> c.lookup(".day-banner"))
                .filter(b -> b != null && b.isVisible())
                .map(b -> ((Labeled) b.lookup(".day-banner-label")).getText())
                .toList());
    }

    private javafx.scene.control.MenuItem menuItem(String menuId, String itemId) {
        MenuBar bar = robot.lookup("#menuBar").query();
        return bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow()
                .getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
    }

    /**
     * Asks for the context menu of the row showing {@code text}, as a right click does (headless
     * Monocle does not raise the platform's menu event for a right click, so the test sends it).
     */
    private void contextMenuOf(String text) throws TimeoutException {
        waitUntil(() -> fx(() -> {
            Optional<javafx.scene.control.ListCell<?>> cell = cellOf(text);
            if (cell.isEmpty()) {
                return false;
            }
            Node node = cell.get();
            javafx.geometry.Bounds local = node.getLayoutBounds();
            javafx.geometry.Point2D screen = node.localToScreen(local.getCenterX(), local.getCenterY());
            node.fireEvent(new javafx.scene.input.ContextMenuEvent(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                    local.getCenterX(), local.getCenterY(), screen.getX(), screen.getY(), false,
                    new javafx.scene.input.PickResult(node, screen.getX(), screen.getY())));
            return true;
        }));
    }

    /** The entry with {@code id} of the context menu on screen. */
    private javafx.scene.control.MenuItem menuEntry(String id) {
        return fx(() -> javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .flatMap(w -> ((javafx.scene.control.ContextMenu) w).getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow());
    }

    private boolean menuEntryShown(String id) {
        try {
            return menuEntry(id) != null;
        } catch (IllegalStateException none) {
            return false;
        }
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

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
