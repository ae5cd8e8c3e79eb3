package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.parley.client.i18n.Localization;
import dev.parley.client.net.FxTaskExecutor;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.UserInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The media nodes on a real JavaFX stage (headless Monocle), over the in-memory blob service, for
 * what the real server cannot be made to do on cue: hold a reply back while a row scrolls away,
 * fail and then succeed. The same paths against the real server are in
 * {@code ServerMediaIntegrationTest} and the end-to-end paste test.
 */
class MediaViewsTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private final FakeBlobService server = new FakeBlobService();
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final Localization i18n = new Localization(Locale.ENGLISH);
    private final AtomicReference<Path> saveAs = new AtomicReference<>();
    private ServerMedia media;
    private VBox root;
    private Stage stage;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @BeforeEach
    void show() throws TimeoutException {
        media = new ServerMedia(server.asService(), executor, dir.resolve("cache"), i18n,
                new MediaSettings(10_000_000, 10_000_000, 2, 3, 2), (owner, name) -> saveAs.get());
        robot.interact(() -> {
            root = new VBox(8);
            stage = new Stage();
            stage.setScene(new Scene(root, 600, 500));
            stage.show();
        });
    }

    @AfterEach
    void close() throws TimeoutException {
        robot.interact(() -> {
            for (Window w : Window.getWindows().toArray(Window[]::new)) {
                if (w instanceof Stage s && s != FxToolkit.toolkitContext().getRegisteredStage()) {
                    s.close();
                }
            }
        });
        media.close();
        executor.shutdown();
    }

    @Test
    void picture_holdsItsAspectRatioWhileLoading_thenShowsTheThumbnail() throws Exception {
        Attachment picture = picture(1600, 1200, 320, 240);
        PictureView view = add(picture);

        assertThat(view.getPrefWidth()).isEqualTo(320);
        assertThat(view.getPrefHeight()).isEqualTo(240);
        assertThat(view.imageView().getImage()).isNull();

        server.answerAll();
        waitUntil(() -> view.imageView().getImage() != null);
        assertThat(view.imageView().getImage().getWidth()).isEqualTo(320);
    }

    @Test
    void picture_tallerThanTheBox_isFittedByHeight() throws Exception {
        PictureView view = add(picture(600, 1200, 160, 320));

        assertThat(view.getPrefWidth()).isEqualTo(120);
        assertThat(view.getPrefHeight()).isEqualTo(240);
    }

    @Test
    void picture_thatLeftTheScreenBeforeItLoaded_doesNotShowIt_butShowsItAtOnceWhenBack() throws Exception {
        PictureView view = add(picture(400, 300, 320, 240));
        waitUntil(() -> !server.waiting.isEmpty());
        robot.interact(() -> root.getChildren().remove(view));

        server.answerAll();
        waitUntil(() -> media.memoryCacheBytes() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.imageView().getImage()).as("a late image for a row no longer shown").isNull();

        robot.interact(() -> root.getChildren().add(view));
        assertThat(view.imageView().getImage()).as("from the memory cache, no flicker").isNotNull();
        assertThat(server.fetches()).isEqualTo(1);
    }

    @Test
    void picture_thatCannotBeLoaded_offersRetry() throws Exception {
        byte[] thumb = PictureSnifferTest.encode("png", 32, 24);
        String thumbId = ContentIds.of(thumb);
        Attachment picture = new Attachment(ContentIds.of(new byte[] {1}), Attachment.PICTURE, "p.png", 100, "image/png",
                32, 24, thumbId);
        server.immediate = true;
        PictureView view = add(picture);
        Button retry = robot.from(view).lookup(".button").queryButton();
        waitUntil(retry::isVisible);
        assertThat(retry.getParent().isVisible()).isTrue();

        server.add(thumb);
        robot.interact(retry::fire);

        waitUntil(() -> view.imageView().getImage() != null);
        assertThat(retry.getParent().isVisible()).isFalse();
    }

    @Test
    void picture_click_opensTheFullPictureAndEscapeClosesAndDropsIt() throws Exception {
        server.immediate = true;
        PictureView view = add(picture(640, 480, 320, 240));
        waitUntil(() -> view.imageView().getImage() != null);

        robot.clickOn(view);

        waitUntil(() -> robot.lookup("#pictureViewerImage").tryQuery().isPresent()
                && robot.lookup("#pictureViewerImage").<ImageView>query().getImage() != null);
        ImageView full = robot.lookup("#pictureViewerImage").query();
        assertThat(full.getImage().getWidth()).isEqualTo(640);
        Window viewer = full.getScene().getWindow();

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> !viewer.isShowing());
        assertThat(full.getImage()).as("the full picture goes with its window").isNull();
    }

    @Test
    void viewer_saveAs_writesTheStoredPictureAndZoomLeavesFit() throws Exception {
        server.immediate = true;
        Attachment picture = picture(640, 480, 320, 240);
        Path target = dir.resolve("saved.png");
        saveAs.set(target);
        PictureView view = add(picture);
        robot.clickOn(view);
        waitUntil(() -> robot.lookup("#pictureViewerImage").tryQuery().isPresent()
                && robot.lookup("#pictureViewerImage").<ImageView>query().getImage() != null);
        ImageView full = robot.lookup("#pictureViewerImage").query();
        double fitted = full.getFitWidth();

        robot.type(KeyCode.ADD);
        robot.clickOn("#pictureSaveButton");

        waitUntil(() -> Files.exists(target));
        assertThat(ContentIds.of(Files.readAllBytes(target))).isEqualTo(picture.id());
        assertThat(full.getFitWidth()).as("zoomed in from the fitted size").isGreaterThan(fitted);
    }

    @Test
    void file_click_savesItWhereTheUserChoseAndSaysSo() throws Exception {
        server.immediate = true;
        byte[] content = BlobFetcherTest.random(300_000);
        String id = server.add(content);
        Path target = dir.resolve("chosen.bin");
        saveAs.set(target);
        Node file = addNode(new Attachment(id, Attachment.FILE, "report.pdf", content.length, "application/octet-stream",
                null, null, null));
        assertThat(robot.from(file).lookup(".media-file-size").queryLabeled().getText()).isEqualTo("300 kB");

        robot.clickOn(file);

        javafx.scene.control.Labeled status = robot.from(file).lookup("#fileStatus").queryLabeled();
        waitUntil(() -> status.isVisible());
        assertThat(status.getText()).isEqualTo("Saved as chosen.bin");
        assertThat(Files.readAllBytes(target)).isEqualTo(content);
    }

    @Test
    void file_sizeFollowsTheLanguage() throws Exception {
        Node file = addNode(new Attachment(ContentIds.of(new byte[] {2}), Attachment.FILE, "a.zip", 1_400_000,
                "application/octet-stream", null, null, null));
        javafx.scene.control.Labeled size = robot.from(file).lookup(".media-file-size").queryLabeled();
        assertThat(size.getText()).isEqualTo("1.4 MB");

        robot.interact(() -> i18n.localeProperty().set(Locale.forLanguageTag("pl")));

        assertThat(size.getText()).isEqualTo("1,4 MB");
    }

    @Test
    void avatar_withoutPicture_showsInitials_andWithOneShowsIt() throws Exception {
        server.immediate = true;
        String avatarId = server.add(PictureSnifferTest.encode("png", 128, 128));
        AtomicReference<Node> plain = new AtomicReference<>();
        AtomicReference<Node> pictured = new AtomicReference<>();
        robot.interact(() -> {
            plain.set(media.avatar(new UserInfo(1, "anna", "Anna Nowak", "#aa3366"), 32));
            pictured.set(media.avatar(new UserInfo(2, "bob", "Bob", "#3366aa", null, avatarId), 32));
            root.getChildren().addAll(plain.get(), pictured.get());
        });

        assertThat(robot.from(plain.get()).lookup(".media-avatar-initials").queryLabeled().getText()).isEqualTo("AN");
        Circle picture = (Circle) ((javafx.scene.layout.StackPane) pictured.get()).getChildren().get(2);
        waitUntil(picture::isVisible);
        assertThat(picture.getFill()).isInstanceOf(javafx.scene.paint.ImagePattern.class);
    }

    @Test
    void tray_shortcutVWithAPictureOnTheClipboard_pendsItWithAPreview_andUploadsIt() throws Exception {
        server.immediate = true;
        TextArea input = new TextArea();
        AtomicReference<AttachmentTray> tray = new AtomicReference<>();
        robot.interact(() -> {
            tray.set(media.newTray());
            tray.get().install(input, input);
            root.getChildren().addAll(tray.get().node(), input);
            ClipboardContent content = new ClipboardContent();
            content.putImage(new Image(new java.io.ByteArrayInputStream(uncheckedPng(50, 40))));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(input);

        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        waitUntil(() -> !tray.get().emptyProperty().get() && robot.lookup("#trayPreview").tryQuery().isPresent());
        assertThat(tray.get().node().isVisible()).isTrue();
        assertThat(robot.lookup("#trayName").queryLabeled().getText()).matches("image-\\d{8}-\\d{6}\\.png");
        assertThat(input.getText()).as("no text pasted").isEmpty();
        Attachment stored = tray.get().upload();
        assertThat(stored).isNotNull();
        assertThat(PictureSniffer.format(server.uploaded.toByteArray())).isEqualTo("png");
    }

    @Test
    void tray_shortcutVWithTextOnTheClipboard_pastesTheText() throws Exception {
        TextArea input = new TextArea();
        AtomicReference<AttachmentTray> tray = new AtomicReference<>();
        robot.interact(() -> {
            tray.set(media.newTray());
            tray.get().install(input, input);
            root.getChildren().addAll(tray.get().node(), input);
            ClipboardContent content = new ClipboardContent();
            content.putString("plain words");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(input);

        robot.press(KeyCode.SHORTCUT, KeyCode.V).release(KeyCode.V, KeyCode.SHORTCUT);

        waitUntil(() -> input.getText().equals("plain words"));
        assertThat(tray.get().emptyProperty().get()).isTrue();
        assertThat(tray.get().node().isVisible()).isFalse();
    }

    private Attachment picture(int w, int h, int tw, int th) throws Exception {
        byte[] full = PictureSnifferTest.encode("png", w, h);
        byte[] thumb = PictureSnifferTest.encode("png", tw, th);
        return new Attachment(server.add(full), Attachment.PICTURE, "photo.png", full.length, "image/png", w, h,
                server.add(thumb));
    }

    private PictureView add(Attachment picture) {
        return (PictureView) addNode(picture);
    }

    private Node addNode(Attachment attachment) {
        AtomicReference<Node> node = new AtomicReference<>();
        robot.interact(() -> {
            node.set(media.attachment(attachment));
            root.getChildren().add(node.get());
        });
        return node.get();
    }

    private static byte[] uncheckedPng(int w, int h) {
        try {
            return PictureSnifferTest.encode("png", w, h);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
