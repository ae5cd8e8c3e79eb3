package dev.parley.client.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.Localization;
import dev.parley.client.net.FxTaskExecutor;
import dev.parley.client.net.ServerConnection;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.ListAddressBlocks;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.frame.Unban;
import dev.parley.protocol.model.AddressBlock;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The admin pages in the real client stack (AdminMenu, views, ViewModels, ServerConnection)
 * against a real server on a free loopback port. The superuser is made with the server's
 * account admin; the bans the pages show are made through the protocol by a headless client.
 * The server's clock is the test's, so a ban can be made to end without waiting. With
 * {@code -Dparley.moderation.screenshots=DIR} the ban history, audit log and address blocks
 * pages are also written as PNGs into DIR.
 */
class AdminPagesUiTest {
    private static final String SCREENSHOTS = "parley.moderation.screenshots";
    private static final String ROOT_PASSWORD = "password-root";
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final TestClock CLOCK = new TestClock(Instant.parse("2026-03-02T09:30:00Z"));
    private static ParleyServer server;
    private static ParleyConnector connector;

    private final FxRobot robot = new FxRobot();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private ServerConnection ui;
    private MenuButton menu;

    @BeforeAll
    static void startServer(@TempDir Path data) throws TimeoutException {
        server = ParleyServer.start(ServerConfig.loopback(data), CLOCK);
        server.accountAdmin().createSuperuser("root", ROOT_PASSWORD.toCharArray());
        connector = new ParleyConnector();
        FxToolkit.registerPrimaryStage();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeClient() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (ui != null) {
            ui.close();
        }
        executor.shutdown();
    }

    @Test
    void banHistory_listsBansMadeThroughTheProtocolWithTheirStates_andCancelDeletesOne() throws Exception {
        Created made;
        try (ParleyClient root = login("root", ROOT_PASSWORD)) {
            made = makeBans(root);
        }
        showMenuAs("root", ROOT_PASSWORD);

        open("adminMenuBanHistory");

        TableView<Restriction> table = robot.lookup("#banTable").queryTableView();
        waitUntil(() -> rowOf(table, made.roomBan().id()) >= 0 && rowOf(table, made.noRooms().id()) >= 0);
        assertThat(cells(table, made.roomBan().id())).containsExactly(
                made.ana().username(), "Ban", "general", "root", "spam", time(made.roomBan().created()),
                time(made.roomBan().until()), "Active", "");
        assertThat(cells(table, made.siteMute().id())).containsSubsequence(
                made.bob().username(), "Mute", "All rooms", "root").contains("Indefinitely", "Active");
        assertThat(cells(table, made.lifted().id())).contains("Lifted by root");
        assertThat(cells(table, made.ended().id())).contains("Ended");
        assertThat(cells(table, made.noRooms().id())).contains("No rooms of their own", "All rooms", "Active");
        assertThat(ids(table)).as("newest first").isSortedAccordingTo(java.util.Comparator.reverseOrder());
        screenshot(table, "ban-history.png");

        clickCancelIn(table, made.noRooms().id());
        DialogPane confirm = robot.lookup("#cancelBanDialog").query();
        robot.clickOn((Button) confirm.lookupButton(ButtonType.OK));

        waitUntil(() -> rowOf(table, made.noRooms().id()) < 0);
        try (ParleyClient root = login("root", ROOT_PASSWORD)) {
            List<Restriction> left = root.await(id -> new ListBans(id, null, made.carl().id(), false, null, 100)).restrictions();
            assertThat(left).as("the server no longer lists the cancelled ban").noneMatch(r -> r.id() == made.noRooms().id());
        }
        assertThat(rowOf(table, made.roomBan().id())).as("the other bans stay").isGreaterThanOrEqualTo(0);
    }

    @Test
    void banHistory_filterByUserName_showsEveryBanOfThatUserOnly() throws Exception {
        Created made;
        try (ParleyClient root = login("root", ROOT_PASSWORD)) {
            made = makeBans(root);
        }
        showMenuAs("root", ROOT_PASSWORD);
        open("adminMenuBanHistory");
        TableView<Restriction> table = robot.lookup("#banTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());

        fill("#banFilterField", made.ana().username());
        robot.clickOn("#banFilterButton");

        waitUntil(() -> ids(table).equals(List.of(made.lifted().id(), made.ended().id(), made.roomBan().id())));
        assertThat(robot.lookup("#banFilterShowing").queryLabeled().getText()).isEqualTo("Showing the bans of " + made.ana().username());
    }

    @Test
    void banUserDialog_bansAUserInEveryRoom() throws Exception {
        UserInfo target = registered("target");
        showMenuAs("root", ROOT_PASSWORD);
        open("adminMenuBanHistory");
        robot.clickOn("#banUserButton");
        fill("#banUserName", target.username());
        fill("#banReason", "raids");
        robot.clickOn("#banSubmit");

        TableView<Restriction> table = robot.lookup("#banTable").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.user().id() == target.id()));
        try (ParleyClient root = login("root", ROOT_PASSWORD)) {
            Restriction ban = root.await(id -> new ListBans(id, null, target.id(), false, null, 10)).restrictions().get(0);
            assertThat(ban.room()).as("site-wide").isNull();
            assertThat(ban.kind()).isEqualTo(RestrictionKind.BAN);
            assertThat(Duration.between(ban.created(), ban.until())).isEqualTo(Duration.ofDays(1));
            assertThat(ban.reason()).isEqualTo("raids");
        }
        assertThat(robot.lookup("#banUserDialog").tryQuery()).as("the dialog closed").isEmpty();
    }

    @Test
    void auditLog_showsTheModerationActions_filteredByTarget() throws Exception {
        Created made;
        try (ParleyClient root = login("root", ROOT_PASSWORD)) {
            made = makeBans(root);
        }
        showMenuAs("root", ROOT_PASSWORD);
        open("adminMenuAuditLog");
        TableView<?> table = robot.lookup("#auditTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());

        fill("#auditTargetFilter", made.ana().username());
        robot.clickOn("#auditFilterButton");

        waitUntil(() -> table.getItems().size() == 4);
        List<List<String>> rows = rows(table);
        assertThat(rows).extracting(r -> r.get(1)).as("newest first").containsExactly("Unban", "Ban", "Ban", "Ban");
        assertThat(rows).extracting(r -> r.get(2)).containsOnly("root");
        assertThat(rows).extracting(r -> r.get(3)).containsOnly(made.ana().username());
        assertThat(rows.get(3).get(4)).as("room id of the room ban").isEqualTo(Long.toString(made.roomBan().room()));

        fill("#auditTargetFilter", "");
        robot.clickOn("#auditFilterButton");
        waitUntil(() -> rows(table).stream().anyMatch(r -> r.get(3).equals(made.carl().username())));
        assertThat(rows(table)).extracting(r -> r.get(1)).contains("Mute", "Barred from opening rooms");
        screenshot(table, "audit-log.png");
    }

    @Test
    void addressBlocks_blockFromThePage_theServerListsIt_andARefusalIsShownTranslated() throws Exception {
        showMenuAs("root", ROOT_PASSWORD);
        open("adminMenuAddressBlocks");
        TableView<AddressBlock> table = robot.lookup("#addressBlocksTable").queryTableView();

        fill("#blockAddressField", "not-an-address");
        robot.clickOn("#blockAddressButton");
        waitUntil(() -> robot.lookup("#adminError").queryLabeled().isVisible());
        assertThat(robot.lookup("#adminError").queryLabeled().getText()).startsWith("A value is not valid");

        fill("#blockAddressField", "203.0.113.7");
        fill("#blockReasonField", "scraper");
        robot.clickOn("#blockAddressButton");
        waitUntil(() -> table.getItems().stream().anyMatch(b -> b.address().equals("203.0.113.7")));
        fill("#blockAddressField", "198.51.100.23");
        fill("#blockReasonField", "signup spam");
        robot.clickOn("#blockAddressButton");
        waitUntil(() -> table.getItems().size() == 2);

        try (ParleyClient root = login("root", ROOT_PASSWORD)) {
            assertThat(root.await(ListAddressBlocks::new).blocks()).extracting(AddressBlock::address)
                    .contains("203.0.113.7", "198.51.100.23");
        }
        fill("#addressLookupField", "root");
        robot.clickOn("#addressLookupButton");
        waitUntil(() -> !robot.lookup("#userAddressesList").queryListView().getItems().isEmpty());
        screenshot(table, "address-blocks.png");
    }

    @Test
    void adminsPage_appointsAnAdmin_whoseNextLoginHasTheAdminRole() throws Exception {
        String name = "mod" + USERS.incrementAndGet();
        try (ParleyClient u = connector.connect(server.address())) {
            u.hello("test");
            assertThat(u.register(name, "password123").role()).isEqualTo(Role.USER);
        }
        showMenuAs("root", ROOT_PASSWORD);
        open("adminMenuAdmins");
        TableView<UserInfo> table = robot.lookup("#adminsTable").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(u -> u.username().equals("root")));

        fill("#newAdminField", name);
        robot.clickOn("#addAdminButton");

        waitUntil(() -> table.getItems().stream().anyMatch(u -> u.username().equals(name)));
        try (ParleyClient u = connector.connect(server.address())) {
            u.hello("test");
            assertThat(u.login(name, "password123").role()).as("the next login").isEqualTo(Role.ADMIN);
        }
    }

    @Test
    void menu_ofAPlainUser_offersOnlyTheBlockedUsersPage() throws Exception {
        String name = "plain" + USERS.incrementAndGet();
        try (ParleyClient u = connector.connect(server.address())) {
            u.hello("test");
            u.register(name, "password123");
        }
        showMenuAs(name, "password123");

        assertThat(menu.getItems()).extracting(MenuItem::getId).containsExactly("adminMenuBlockedUsers");
        open("adminMenuBlockedUsers");
        waitUntil(() -> robot.lookup("#blockedUsersTable").tryQuery().isPresent());
    }

    // ---- fixtures --------------------------------------------------------------------------

    /** The restrictions {@link #makeBans} made, and the users they are on. */
    private record Created(UserInfo ana, UserInfo bob, UserInfo carl, Restriction roomBan, Restriction siteMute,
                           Restriction lifted, Restriction ended, Restriction noRooms) {
    }

    /**
     * As the admin: Ana banned in general for an hour (active), banned everywhere and unbanned
     * (lifted), banned for 10 minutes that have passed (ended); Bob muted everywhere
     * indefinitely; Carl barred from opening rooms for a day.
     */
    private static Created makeBans(ParleyClient root) throws Exception {
        UserInfo ana = registered("ana");
        UserInfo bob = registered("bob");
        UserInfo carl = registered("carl");
        long general = root.rooms().rooms().stream().filter(r -> r.name().equals("general")).findFirst().orElseThrow().id();
        Restriction roomBan = root.await(id -> new Ban(id, ana.id(), general, RestrictionKind.BAN, 3600L, "spam"));
        Restriction short10 = root.await(id -> new Ban(id, ana.id(), general, RestrictionKind.BAN, 600L, "cool down"));
        CLOCK.advance(Duration.ofMinutes(11));
        Restriction site = root.await(id -> new Ban(id, ana.id(), null, RestrictionKind.BAN, 86_400L, "mistake"));
        Restriction lifted = root.await(id -> new Unban(id, site.id()));
        Restriction mute = root.await(id -> new Ban(id, bob.id(), null, RestrictionKind.MUTE, null, "insults"));
        Restriction noRooms = root.await(id -> new Ban(id, carl.id(), null, RestrictionKind.NO_ROOMS, 86_400L, "room spam"));
        return new Created(ana, bob, carl, roomBan, mute, lifted, short10, noRooms);
    }

    private static UserInfo registered(String prefix) throws Exception {
        try (ParleyClient c = connector.connect(server.address())) {
            c.hello("test");
            return c.register(prefix + USERS.incrementAndGet(), "password123").user();
        }
    }

    private static ParleyClient login(String name, String password) throws Exception {
        ParleyClient c = connector.connect(server.address());
        c.hello("test");
        c.login(name, password);
        return c;
    }

    /** Logs the client's own service in and shows the admin menu in a window of its own. */
    private void showMenuAs(String name, String password) throws Exception {
        ui = new ServerConnection(connector, executor);
        ui.connect("127.0.0.1:" + server.port());
        SessionInfo session = ui.login(name, password);
        Localization i18n = new Localization(Locale.ENGLISH);
        // a stage of its own: resizing the shared primary stage would shrink the windows of the
        // UI tests that run after this class (their login buttons ended up outside the window)
        robot.interact(() -> {
            AdminMenu admin = new AdminMenu(ui, executor, session.user(), new SimpleObjectProperty<>(session.role()), i18n);
            menu = (MenuButton) admin.node();
            javafx.stage.Stage stage = new javafx.stage.Stage();
            stage.setScene(new Scene(new StackPane(menu), 320, 200));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Chooses a menu item as a click would. */
    private void open(String itemId) {
        robot.interact(() -> menu.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow().fire());
    }

    private void fill(String query, String text) {
        TextField field = robot.lookup(query).query();
        robot.interact(() -> field.setText(text));
    }

    private void clickCancelIn(TableView<Restriction> table, long id) {
        TableRow<?> row = robot.from(table).lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() instanceof Restriction x && x.id() == id).findFirst().orElseThrow();
        robot.clickOn(robot.from(row).lookup(".button").queryButton());
    }

    private static List<Long> ids(TableView<Restriction> table) {
        return onFx(() -> table.getItems().stream().map(Restriction::id).toList());
    }

    private static int rowOf(TableView<Restriction> table, long id) {
        return onFx(() -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == id) {
                    return i;
                }
            }
            return -1;
        });
    }

    private static List<String> cells(TableView<Restriction> table, long id) {
        int row = rowOf(table, id);
        return rows(table).get(row);
    }

    /** Every row's texts as the table shows them (an action column shows as ""). */
    private static List<List<String>> rows(TableView<?> table) {
        return onFx(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < table.getItems().size(); i++) {
                List<String> cells = new ArrayList<>();
                for (TableColumn<?, ?> c : table.getColumns()) {
                    Object v = c.getCellObservableValue(i).getValue();
                    cells.add(v instanceof String s ? s : "");
                }
                rows.add(cells);
            }
            return rows;
        });
    }

    private static String time(Instant at) {
        return AdminViews.dateTime(new Localization(Locale.ENGLISH), at);
    }

    private static <T> T onFx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }

    /** Writes the window holding {@code node} as a PNG when the screenshot property names a directory. */
    private static void screenshot(Node node, String file) throws Exception {
        String dir = System.getProperty(SCREENSHOTS);
        if (dir == null || dir.isBlank()) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = onFx(() -> node.getScene().snapshot(null));
        File out = Path.of(dir).resolve(file).toFile();
        Files.createDirectories(out.toPath().toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out);
        assertThat(out).exists();
    }

    /** The server's clock, moved on by the test. */
    private static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
