package dev.parley.client.media;

import dev.parley.client.ParleyApp;
import dev.parley.client.model.MessageItem;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.net.ServerConnection;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.image.ImageView;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: measures, for docs/BENCHMARKS.md, the client's heap after scrolling through a room of
 * 1,000 pictures. Runs only with {@code -Dparley.measure=true}. A real server is seeded with 1,000
 * picture messages (each a different 800 × 600 PNG, so 1,000 thumbnails); the real client (headless
 * Monocle) opens the room and scrolls from the bottom to the top a few rows at a time, waiting at
 * each step until the rows on screen show their thumbnails, through every page of history. The used
 * heap is read after a forced GC before and after.
 */
@EnabledIfSystemProperty(named = "parley.measure", matches = "true")
class ScrollHeapMeasurement {
    private static final int PICTURES = Integer.getInteger("parley.measure.pictures", 1000);

    @TempDir
    Path home;
    @TempDir
    Path data;
    private final FxRobot robot = new FxRobot();

    @Test
    void scrollingThroughAThousandPictures_keepsTheHeapFlat() throws Exception {
        try (ParleyServer server = ParleyServer.start(ServerConfig.loopback(data))) {
            long seedStart = System.nanoTime();
            seed(server);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

            FxToolkit.registerPrimaryStage();
            System.setProperty("parley.home", home.toString());
            Application app = FxToolkit.setupApplication(ParleyApp.class);
            fill("#serverAddress", "127.0.0.1:" + server.port());
            fill("#username", "scroller");
            fill("#password", "password123");
            robot.clickOn("#registerToggle");
            robot.clickOn("#loginButton");
            waitUntil(60, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup("#messageList").tryQuery().isPresent()
                    && list().getItems().size() >= 50).get(5, TimeUnit.SECONDS) && !shownThumbnails().isEmpty());
            robot.interact(() -> robot.lookup("#messageList").query().getScene().getWindow().setHeight(720));
            long before = usedHeapAfterGc(list());

            Set<String> seen = new HashSet<>();
            long scrollStart = System.nanoTime();
            long firstId = firstMessageId(server);
            int steps = 0;
            while (true) {
                waitUntil(30, () -> visiblePicturesLoaded());
                seen.addAll(shownThumbnails());
                boolean atTop = WaitForAsyncUtils.asyncFx(() -> {
                    VirtualFlow<?> flow = (VirtualFlow<?>) list().lookup(".virtual-flow");
                    List<MessageItem> items = list().getItems();
                    return !items.isEmpty() && items.get(0).id() == firstId && flow.getFirstVisibleCell() != null
                            && flow.getFirstVisibleCell().getIndex() == 0 && flow.getPosition() <= 0.0001;
                }).get(5, TimeUnit.SECONDS);
                if (atTop) {
                    break;
                }
                robot.interact(() -> ((VirtualFlow<?>) list().lookup(".virtual-flow")).scrollPixels(-400));
                steps++;
            }
            double scrollSeconds = (System.nanoTime() - scrollStart) / 1e9;
            long after = usedHeapAfterGc(list());
            long max = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
            MediaMeasurements.report(String.format(Locale.ROOT,
                    "scroll through %d pictures: seeded in %.0f s; %d scroll steps of 400 px in %.0f s; "
                            + "distinct thumbnails shown %d; rows held at the end %d%n"
                            + "used heap after GC: before scrolling %.1f MB, after %.1f MB (max heap %.0f MB)",
                    PICTURES, seedSeconds, steps, scrollSeconds, seen.size(), list().getItems().size(),
                    before / 1e6, after / 1e6, max / 1e6));
            MediaMeasurements.report("largest classes on the heap after scrolling (jcmd GC.class_histogram):\n" + histogram(12));
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    /** 1,000 picture messages from one member, uploaded through the client's own uploader. */
    private static void seed(ParleyServer server) throws IOException {
        ServerConnection seeder = new ServerConnection(new ParleyConnector(), new SameThreadTaskExecutor());
        seeder.connect(server.address());
        seeder.register("seeder", "password123");
        long general = general(seeder);
        Uploader uploader = new Uploader(seeder, 4);
        for (int i = 1; i <= PICTURES; i++) {
            byte[] png = picture(i);
            Attachment stored = uploader.upload(UploadSource.of(png), "picture-" + i + ".png", Attachment.PICTURE, r -> { });
            String text = "picture " + i;
            seeder.request(id -> new SendMessage(id, general, UUID.randomUUID(), text, null, null, stored.id()));
        }
        seeder.close();
    }

    private static long firstMessageId(ParleyServer server) throws IOException {
        ServerConnection reader = new ServerConnection(new ParleyConnector(), new SameThreadTaskExecutor());
        reader.connect(server.address());
        reader.register("counter", "password123");
        long general = general(reader);
        long before = Long.MAX_VALUE;
        long first = -1;
        while (true) {
            var page = reader.history(general, before, 100);
            if (page.messages().isEmpty()) {
                break;
            }
            first = page.messages().get(0).id();
            before = first;
            if (!page.hasMore()) {
                break;
            }
        }
        reader.close();
        return first;
    }

    private static long general(ServerConnection c) throws IOException {
        return c.rooms().stream().filter(r -> r.name().equals("general")).mapToLong(RoomInfo::id).findFirst().orElseThrow();
    }

    /** A different 800 × 600 picture for each number: a colour field with its number drawn on it. */
    private static byte[] picture(int n) throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.getHSBColor((n * 0.618f) % 1f, 0.5f, 0.9f));
        g.fillRect(0, 0, 800, 600);
        g.setColor(Color.BLACK);
        g.setFont(g.getFont().deriveFont(120f));
        g.drawString(Integer.toString(n), 250, 350);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private ListView<MessageItem> list() {
        return (ListView<MessageItem>) robot.lookup("#messageList").query();
    }

    /** The content ids of the thumbnails on screen now that show their picture. */
    private Set<String> shownThumbnails() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Set<String> ids = new HashSet<>();
            for (Node n : list().lookupAll("#pictureThumbnail")) {
                if (((ImageView) n).getImage() != null && n.getProperties().get(Attachment.class) != null) {
                    ids.add((String) n.getProperties().get(Attachment.class));
                }
            }
            return ids;
        }).get(5, TimeUnit.SECONDS);
    }

    /** Whether every thumbnail in a visible row shows its picture. */
    private boolean visiblePicturesLoaded() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> list().lookupAll("#pictureThumbnail").stream()
                .filter(ScrollHeapMeasurement::treeVisible)
                .allMatch(n -> ((ImageView) n).getImage() != null)).get(5, TimeUnit.SECONDS);
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /**
     * The used heap after a full collection. JavaFX's software renderer (Monocle here) keeps a
     * texture per drawn image in a WeakHashMap that drops collected entries only when it is next
     * used, so after a first collection the list is drawn again (which uses that map) and
     * collected once more; otherwise textures of pictures long gone would be counted. TestFX
     * records every event fired on its stage (mouse events hold the nodes they picked, and so
     * their pictures): that record of the harness is cleared first.
     */
    private long usedHeapAfterGc(ListView<?> list) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            forgetFiredEvents();
            System.gc();
            robot.interact(list::refresh);
            WaitForAsyncUtils.waitForFxEvents(5);
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /** The top of this JVM's class histogram, from the JDK's {@code jcmd}. */
    private static String histogram(int lines) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        p.waitFor(30, TimeUnit.SECONDS);
        return out.lines().skip(1).limit(lines + 2L).collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Empties TestFX's record of fired events (its list is read-only; the record behind it is not). */
    private static void forgetFiredEvents() throws ReflectiveOperationException {
        java.lang.reflect.Field field = org.testfx.api.FxToolkitContext.class.getDeclaredField("firedEvents");
        field.setAccessible(true);
        Object events = field.get(FxToolkit.toolkitContext());
        if (events instanceof org.testfx.service.support.FiredEvents fired) {
            fired.clearEvents();
        }
    }

    private void fill(String query, String text) {
        TextField field = robot.lookup(query).query();
        robot.interact(() -> field.setText(text));
    }

    private static void waitUntil(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }
}
