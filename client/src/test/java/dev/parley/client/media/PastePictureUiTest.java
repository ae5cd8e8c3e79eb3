package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyApp;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.FetchBlob;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.BlobChunk;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Spec M-10 end to end: the real client (headless Monocle) against a real server, a picture put
 * on the system clipboard, Shortcut+V in the composer, Enter: the thumbnail shows in the sender's
 * message list, and another team member (the headless protocol client) gets the message with the
 * picture attached and can fetch its thumbnail.
 */
class PastePictureUiTest {
    private static ParleyServer server;
    private static ParleyConnector connector;

    @TempDir
    Path home;
    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void startServer(@TempDir Path data) throws Exception {
        server = ParleyServer.start(ServerConfig.loopback(data));
        connector = new ParleyConnector();
        try (ParleyClient probe = connector.connect(server.address())) {
            // a server built without the upload frames says so in its Welcome (no upload limits)
            Assumptions.assumeTrue(probe.hello("probe").maxPictureBytes() != null, "this server takes no uploads");
        }
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
    void anImagePastedFromTheClipboard_appearsAsAThumbnailAfterSending() throws Exception {
        try (ParleyClient other = connector.connect(server.address())) {
            other.hello("test");
            other.register("paste-watcher", "password123");
            long general = other.rooms().rooms().stream().filter(r -> r.name().equals("general")).findFirst().orElseThrow().id();
            other.open(general);
            CompletableFuture<MessageInfo> received = new CompletableFuture<>();
            other.onPush(push -> {
                if (push instanceof MessagePosted posted && posted.message().attachment() != null) {
                    received.complete(posted.message());
                }
            });
            registerThroughUi("paster");
            Assumptions.assumeTrue(robot.lookup("#attachButton").tryQuery().isPresent(), "the composer has no tray yet");
            byte[] png = png(400, 300);
            robot.interact(() -> {
                ClipboardContent content = new ClipboardContent();
                content.putImage(new Image(new ByteArrayInputStream(png)));
                Clipboard.getSystemClipboard().setContent(content);
            });

            robot.clickOn("#composer");
            robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);
            waitUntil(() -> robot.lookup("#trayPreview").tryQuery().isPresent());
            robot.type(KeyCode.ENTER);

            waitUntil(() -> robot.lookup("#pictureThumbnail").queryAll().stream()
                    .anyMatch(n -> ((ImageView) n).getImage() != null));
            assertThat(robot.lookup("#attachmentTray").query().isVisible()).as("the tray is empty again").isFalse();
            MessageInfo message = received.get(15, TimeUnit.SECONDS);
            Attachment picture = message.attachment();
            assertThat(picture.kind()).isEqualTo(Attachment.PICTURE);
            assertThat(picture.width()).isEqualTo(400);
            assertThat(picture.height()).isEqualTo(300);
            ImageView shown = (ImageView) robot.lookup("#pictureThumbnail").queryAll().stream()
                    .filter(n -> picture.id().equals(n.getProperties().get(Attachment.class))).findFirst().orElseThrow();
            assertThat(shown.getImage()).as("the sender's row shows this picture").isNotNull();
            BlobChunk thumbnail = other.await(id -> new FetchBlob(id, picture.thumbnail(), 0L));
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(thumbnail.data())));
            assertThat(decoded.getWidth()).as("the other member's thumbnail").isEqualTo(320);
            assertThat(decoded.getHeight()).isEqualTo(240);
        }
    }

    private void registerThroughUi(String user) throws TimeoutException {
        fill("#serverAddress", "127.0.0.1:" + server.port());
        fill("#username", user);
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

    private static byte[] png(int w, int h) throws java.io.IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                image.setRGB(x, y, (x % 256) << 16 | (y % 256) << 8 | 0x80);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Waits for {@code condition}, evaluated on the FX thread (lookups race with the scene otherwise). */
    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get(5, TimeUnit.SECONDS));
    }
}
