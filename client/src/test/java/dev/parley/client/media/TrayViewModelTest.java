package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ManualTaskExecutor;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.Welcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrayViewModelTest {
    @TempDir
    Path dir;
    private final FakeBlobService server = new FakeBlobService();
    private Welcome welcome = new Welcome(1, "s", true, 4000, false, 1000L, 5000L);

    private TrayViewModel vm() {
        server.immediate = true;
        return new TrayViewModel(new SameThreadTaskExecutor(), () -> welcome, new Uploader(server.asService(), 2));
    }

    @Test
    void offerFiles_ofAPicture_pendsItAsAPicture() throws IOException {
        TrayViewModel vm = vm();
        Path png = dir.resolve("whiteboard.bin");
        Files.write(png, PictureSnifferTest.encode("png", 20, 10));

        vm.offerFiles(List.of(png));

        assertThat(vm.pendingProperty().get().kind()).isEqualTo(Attachment.PICTURE);
        assertThat(vm.pendingProperty().get().name()).isEqualTo("whiteboard.bin");
        assertThat(vm.pendingProperty().get().width()).isEqualTo(20);
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void offerFiles_ofText_pendsItAsAFile() throws IOException {
        TrayViewModel vm = vm();
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "just words", StandardCharsets.UTF_8);

        vm.offerFiles(List.of(text));

        assertThat(vm.pendingProperty().get().kind()).isEqualTo(Attachment.FILE);
        assertThat(vm.pendingProperty().get().size()).isEqualTo(10);
    }

    @Test
    void offerFiles_overTheServersLimit_isRefusedWithTheSizes() throws IOException {
        TrayViewModel vm = vm();
        Path big = dir.resolve("big.bin");
        Files.write(big, new byte[6000]);

        vm.offerFiles(List.of(big));

        assertThat(vm.pendingProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).isEqualTo(UiText.of("media.tray.file_too_large",
                SizeFormat.text(6000), SizeFormat.text(5000)));
    }

    @Test
    void offerFiles_aPictureOverThePictureLimit_isRefusedEvenWithinTheFileLimit() throws IOException {
        TrayViewModel vm = vm();
        welcome = new Welcome(1, "s", true, 4000, false, 50L, 1_000_000L);
        Path png = dir.resolve("a.png");
        Files.write(png, PictureSnifferTest.encode("png", 20, 10));

        vm.offerFiles(List.of(png));

        assertThat(vm.errorProperty().get().key()).isEqualTo("media.tray.picture_too_large");
    }

    @Test
    void offer_toAServerWithoutUploads_isRefused() throws IOException {
        TrayViewModel vm = vm();
        welcome = new Welcome(1, "s", true, 4000, false);
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "x");

        vm.offerFiles(List.of(file));

        assertThat(vm.errorProperty().get()).isEqualTo(UiText.of("media.tray.no_uploads"));
    }

    @Test
    void offerFiles_ofSeveral_takesTheFirstAndSaysSo() throws IOException {
        TrayViewModel vm = vm();
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        Path b = Files.writeString(dir.resolve("b.txt"), "b");

        vm.offerFiles(List.of(a, b));

        assertThat(vm.pendingProperty().get().name()).isEqualTo("a.txt");
        assertThat(vm.noticeProperty().get()).isEqualTo(UiText.of("media.tray.one_only"));
    }

    @Test
    void offer_thatFinishesAfterANewerOne_isDropped() throws IOException {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        TrayViewModel vm = new TrayViewModel(executor, () -> welcome, new Uploader(server.asService(), 2));
        Path a = Files.writeString(dir.resolve("a.txt"), "a");
        Path b = Files.writeString(dir.resolve("b.txt"), "b");

        vm.offerFiles(List.of(a));
        vm.offerFiles(List.of(b));
        executor.runAll();

        assertThat(vm.pendingProperty().get().name()).isEqualTo("b.txt");
    }

    @Test
    void offerFiles_ofAMissingFile_saysItCannotBeRead() {
        TrayViewModel vm = vm();

        vm.offerFiles(List.of(dir.resolve("gone.txt")));

        assertThat(vm.errorProperty().get()).isEqualTo(UiText.of("media.tray.unreadable"));
    }

    @Test
    void offerPicture_encodesOffTheUiThreadAndPendsAPicture() throws IOException {
        TrayViewModel vm = vm();
        welcome = new Welcome(1, "s", true, 4000, false, 1_000_000L, 1_000_000L);
        byte[] png = PictureSnifferTest.encode("png", 30, 30);

        vm.offerPicture("image.png", () -> png);

        assertThat(vm.pendingProperty().get().kind()).isEqualTo(Attachment.PICTURE);
        assertThat(vm.pendingProperty().get().size()).isEqualTo(png.length);
    }

    @Test
    void upload_sendsThePendingItemAndEndsWithNoProgress() throws IOException {
        TrayViewModel vm = vm();
        Path file = Files.writeString(dir.resolve("a.txt"), "hello");
        vm.offerFiles(List.of(file));

        Attachment stored = vm.upload();

        assertThat(stored.id()).isEqualTo(ContentIds.of("hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(vm.progressProperty().get()).isEqualTo(-1);
    }

    @Test
    void upload_withNothingPending_returnsNull() throws IOException {
        assertThat(vm().upload()).isNull();
    }

    @Test
    void upload_refusedByTheServer_showsTheTranslatedCodeAndThrows() throws IOException {
        TrayViewModel vm = vm();
        Path file = Files.writeString(dir.resolve("a.txt"), "hello");
        vm.offerFiles(List.of(file));
        server.welcome = new Welcome(1, "s", true, 4000, false, 1L, 1L);

        assertThatThrownBy(vm::upload).isInstanceOf(ParleyException.class);
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.file_too_large");
        assertThat(vm.pendingProperty().get()).as("kept, to try again or remove").isNotNull();
    }

    @Test
    void clear_forgetsTheItemAndTheError() throws IOException {
        TrayViewModel vm = vm();
        vm.offerFiles(List.of(Files.writeString(dir.resolve("a.txt"), "a")));

        vm.clear();

        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.errorProperty().get()).isNull();
    }
}
