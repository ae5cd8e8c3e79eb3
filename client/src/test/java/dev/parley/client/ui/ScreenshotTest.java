package dev.parley.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.ParleyApp;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a check but a picture for the README: a short conversation in the real client, written
 * to the PNG named by {@code -Dparley.screenshot=...}. Skipped unless that property is set.
 */
@EnabledIfSystemProperty(named = "parley.screenshot", matches = ".+")
class ScreenshotTest {
    @TempDir
    Path home;
    @TempDir
    Path data;

    @Test
    void conversation_isWrittenAsPng() throws Exception {
        System.setProperty("parley.home", home.toString());
        try (ParleyServer server = ParleyServer.start(ServerConfig.loopback(data))) {
            ParleyConnector connector = new ParleyConnector();
            try (ParleyClient ana = user(connector, server, "ana"); ParleyClient marek = user(connector, server, "marek")) {
                long general = ana.rooms().rooms().get(0).id();
                ana.send(general, "Morning! The release branch is cut, please test the new installer today.");
                marek.send(general, "On it. Windows build looks good so far.");
                ana.send(general, "Great. Known issue: the tray icon on KDE is still the old one.");
                marek.send(general, "I can look at that after lunch.\nAlso: standup moved to 10:30 tomorrow.");
                FxToolkit.registerPrimaryStage();
                Application app = FxToolkit.setupApplication(ParleyApp.class);
                FxRobot robot = new FxRobot();
                robot.interact(() -> {
                    robot.lookup("#serverAddress").<TextField>query().setText("127.0.0.1:" + server.port());
                    robot.lookup("#username").<TextField>query().setText("dana");
                    robot.lookup("#password").<TextField>query().setText("password123");
                });
                robot.clickOn("#registerToggle").clickOn("#loginButton");
                WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#messageList").tryQuery().isPresent()
                        && robot.lookup("#messageList").<ListView<?>>query().getItems().size() == 4);
                robot.clickOn("#composer").write("Thanks both! I will update the README screenshot.");
                robot.type(KeyCode.ENTER);
                WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                        () -> robot.lookup("#messageList").<ListView<?>>query().getItems().size() == 5);
                marek.send(general, "Sounds good, thanks!");
                WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                        () -> robot.lookup("#messageList").<ListView<?>>query().getItems().size() == 6);
                WaitForAsyncUtils.waitForFxEvents();
                CompletableFuture<WritableImage> shot = new CompletableFuture<>();
                robot.interact(() -> shot.complete(robot.lookup("#messageList").query().getScene().snapshot(null)));
                File out = new File(System.getProperty("parley.screenshot"));
                Files.createDirectories(out.toPath().toAbsolutePath().getParent());
                ImageIO.write(SwingFXUtils.fromFXImage(shot.get(10, TimeUnit.SECONDS), null), "png", out);
                assertThat(out).exists();
                FxToolkit.cleanupApplication(app);
            }
        }
    }

    private static ParleyClient user(ParleyConnector connector, ParleyServer server, String name) throws Exception {
        ParleyClient c = connector.connect(server.address());
        c.hello("screenshot");
        c.register(name, "password123");
        return c;
    }
}
