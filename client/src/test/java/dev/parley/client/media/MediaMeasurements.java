package dev.parley.client.media;

import atlantafx.base.theme.PrimerLight;
import dev.parley.client.i18n.Localization;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.FxTaskExecutor;
import dev.parley.client.net.ServerConnection;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxToolkit;

/**
 * Not a test: measures, for docs/BENCHMARKS.md, the time from sending a 5 MB picture to its
 * thumbnail showing on another client, split into its parts. Runs only with
 * {@code -Dparley.measure=true}; writes its numbers to {@code target/media-measurements.txt} and
 * the log. A real server on loopback, a sending client (real {@link ServerMedia} over a real
 * connection) and a receiving one whose message row is a real {@link PictureView} on a headless
 * stage; the receiver's caches start empty each round.
 */
@EnabledIfSystemProperty(named = "parley.measure", matches = "true")
class MediaMeasurements {
    private static final Logger LOG = LoggerFactory.getLogger(MediaMeasurements.class);
    private static final int ROUNDS = 5;

    @TempDir
    Path dir;

    @Test
    void fiveMegabytePicture_fromSendToThumbnailOnAnotherClient() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        Path picture = dir.resolve("photo.png");
        Files.write(picture, noisePng(1620, 1080));
        long bytes = Files.size(picture);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "picture: %,d bytes PNG of 1620 x 1080 random pixels%n", bytes));
        report.append("round  upload-pieces  server-check  send+push  thumb-fetch+decode+shown  total (ms)\n");

        try (ParleyServer server = ParleyServer.start(ServerConfig.loopback(dir.resolve("server")))) {
            ParleyConnector connector = new ParleyConnector();
            FxTaskExecutor fx = new FxTaskExecutor();
            ChatService sender = new ServerConnection(connector, fx);
            sender.connect(server.address());
            sender.register("sender", "password123");
            long general = sender.rooms().stream().filter(r -> r.name().equals("general")).mapToLong(RoomInfo::id).findFirst().orElseThrow();
            ChatService receiver = new ServerConnection(connector, fx);
            receiver.connect(server.address());
            receiver.register("receiver", "password123");
            receiver.open(general, 1);

            for (int round = 1; round <= ROUNDS; round++) {
                Path cache = dir.resolve("receiver-cache-" + round);
                ServerMedia receiverMedia = new ServerMedia(receiver, fx, cache, new Localization(Locale.ENGLISH));
                VBox root = new VBox();
                CompletableFuture<Long> shown = new CompletableFuture<>();
                AtomicLong pushed = new AtomicLong();
                CompletableFuture<Void> stageUp = new CompletableFuture<>();
                Platform.runLater(() -> {
                    Stage stage = new Stage();
                    stage.setScene(new Scene(root, 400, 300));
                    stage.show();
                    receiver.setListener(new ChatService.Listener() {
                        @Override
                        public void messagePosted(MessageInfo message, UserInfo author) {
                            pushed.set(System.nanoTime());
                            PictureView view = (PictureView) receiverMedia.attachment(message.attachment());
                            view.imageView().imageProperty().addListener((o, was, now) -> {
                                if (now != null) {
                                    shown.complete(System.nanoTime());
                                }
                            });
                            root.getChildren().setAll(view);
                        }

                        @Override
                        public void disconnected() {
                        }

                        @Override
                        public void sessionEnded() {
                        }
                    });
                    stageUp.complete(null);
                });
                stageUp.get(10, TimeUnit.SECONDS);
                // a different picture each round, so the server stores and checks it anew
                Path roundPicture = dir.resolve("photo-" + round + ".png");
                Files.write(roundPicture, noisePng(1620, 1080, round));

                long start = System.nanoTime();
                AtomicLong piecesDone = new AtomicLong();
                long size = Files.size(roundPicture);
                Attachment stored = new Uploader(sender, MediaSettings.DEFAULTS.window()).upload(UploadSource.of(roundPicture),
                        "photo.png", Attachment.PICTURE, received -> {
                            if (received >= size) {
                                piecesDone.set(System.nanoTime());
                            }
                        });
                long checked = System.nanoTime();
                sender.request(id -> new SendMessage(id, general, UUID.randomUUID(), "", null, null, stored.id()));
                long end = shown.get(60, TimeUnit.SECONDS);
                report.append(String.format(Locale.ROOT, "%5d  %13.0f  %12.0f  %9.0f  %24.0f  %5.0f%n", round,
                        ms(start, piecesDone.get()), ms(piecesDone.get(), checked), ms(checked, pushed.get()),
                        ms(pushed.get(), end), ms(start, end)));
                receiverMedia.close();
            }
            sender.close();
            receiver.close();
            fx.shutdown();
        }
        report(report.toString());
    }

    static void report(String text) throws IOException {
        Path out = Path.of("target", "media-measurements.txt");
        Files.writeString(out, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        LOG.warn("measurement (also in {}):\n{}", out.toAbsolutePath(), text);
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }

    static byte[] noisePng(int w, int h) throws IOException {
        return noisePng(w, h, 0);
    }

    /** Random pixels: incompressible, so the PNG is about 3 bytes a pixel. */
    static byte[] noisePng(int w, int h, long seed) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
