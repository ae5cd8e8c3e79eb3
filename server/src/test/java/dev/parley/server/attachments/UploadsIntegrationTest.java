package dev.parley.server.attachments;

import static dev.parley.server.attachments.Transfers.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.FetchBlob;
import dev.parley.protocol.frame.FinishUpload;
import dev.parley.protocol.frame.StartUpload;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.UploadStarted;
import dev.parley.protocol.model.Welcome;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import dev.parley.server.config.UploadsConfig;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploads through the real server (spec M-10, M-11): what the picture pipeline stores and
 * refuses, the size limits, the piece rules, too many uploads, expiry by the server's clock, and
 * files stored as they are. One server (small limits, a clock the tests move); a user per test.
 */
class UploadsIntegrationTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    /** Small limits, so "over the limit" is a few KiB here. */
    private static final UploadsConfig LIMITS = new UploadsConfig(600_000, 300_000, 25_000_000);
    @TempDir
    static Path data;
    static MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data).withUploads(LIMITS), clock);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ParleyClient user() {
        return server.user("uploader" + USERS.incrementAndGet());
    }

    @Test
    void hello_announcesTheUploadLimits() {
        Welcome welcome = server.connect().hello("t");
        assertThat(welcome.maxPictureBytes()).isEqualTo(600_000L);
        assertThat(welcome.maxFileBytes()).isEqualTo(300_000L);
    }

    @Test
    void picture_isStoredReencoded_withAThumbnail_andItsUploaderFetchesBoth() throws Exception {
        ParleyClient alice = user();
        byte[] jpeg = TestPictures.jpeg(TestPictures.noise(640, 400, 11));
        assertThat(jpeg.length).as("more than one fetch piece").isGreaterThan(Limits.FETCH_CHUNK_BYTES);

        Attachment a = Transfers.picture(alice, "holiday.jpg", jpeg);

        assertThat(a.kind()).isEqualTo(Attachment.PICTURE);
        assertThat(a.name()).isEqualTo("holiday.jpg");
        assertThat(a.type()).isEqualTo("image/jpeg");
        assertThat(a.width()).isEqualTo(640);
        assertThat(a.height()).isEqualTo(400);
        assertThat(a.thumbnail()).isNotEqualTo(a.id()).matches("[0-9a-f]{64}");
        byte[] stored = Transfers.fetch(alice, a.id());
        assertThat(Transfers.sha256(stored)).isEqualTo(a.id());
        assertThat(stored).hasSize((int) a.size());
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(Transfers.fetch(alice, a.thumbnail())));
        assertThat(thumb.getWidth()).isEqualTo(Limits.THUMBNAIL_SIZE);
        assertThat(thumb.getHeight()).isEqualTo(200);
        assertThat(Transfers.fetchFirst(alice, a.thumbnail()).type()).isEqualTo("image/jpeg");
    }

    @Test
    void smallPicture_isItsOwnThumbnail() {
        ParleyClient alice = user();
        Attachment a = Transfers.picture(alice, "dot.png", TestPictures.png(TestPictures.noise(40, 30, 12)));
        assertThat(a.type()).isEqualTo("image/png");
        assertThat(a.thumbnail()).isEqualTo(a.id());
    }

    @Test
    void textNamedPng_isUnsupported_andTheSlotIsFreedAgain() {
        ParleyClient alice = user();
        byte[] text = "this is not a picture, whatever its name says\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        refused(ErrorCode.UNSUPPORTED_PICTURE, () -> Transfers.picture(alice, "cat.png", text));
        for (int i = 0; i < Limits.MAX_UPLOADS_IN_PROGRESS; i++) {
            Transfers.start(alice, "again.png", Attachment.PICTURE, 10);
        }
    }

    @Test
    void pdfNamedJpg_isUnsupported() {
        ParleyClient alice = user();
        byte[] pdf = "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        refused(ErrorCode.UNSUPPORTED_PICTURE, () -> Transfers.picture(alice, "scan.jpg", pdf));
    }

    @Test
    void pngDeclaring100kBy100k_isTooLarge_withTheLimit() {
        ParleyClient alice = user();
        var e = refused(ErrorCode.PICTURE_TOO_LARGE, () -> Transfers.picture(alice, "bomb.png", TestPictures.pngDeclaring(100_000, 100_000)));
        assertThat(e.params()).containsEntry("max", "25000000");
    }

    @Test
    void webp_isAccepted_andStoredAsJpeg() {
        ParleyClient alice = user();
        Attachment a = Transfers.picture(alice, "photo.webp", TestPictures.resource("photo-400x300.webp"));
        assertThat(a.type()).isEqualTo("image/jpeg");
        assertThat(a.width()).isEqualTo(400);
        assertThat(a.height()).isEqualTo(300);
    }

    @Test
    void announcingMoreThanTheLimit_isRefusedBeforeAByteIsSent() {
        ParleyClient alice = user();
        var picture = refused(ErrorCode.FILE_TOO_LARGE, () -> Transfers.start(alice, "huge.jpg", Attachment.PICTURE, 600_001));
        assertThat(picture.params()).containsEntry("max", "600000");
        var file = refused(ErrorCode.FILE_TOO_LARGE, () -> Transfers.start(alice, "huge.zip", Attachment.FILE, 300_001));
        assertThat(file.params()).containsEntry("max", "300000");
        assertThat(Transfers.start(alice, "fits.zip", Attachment.FILE, 300_000).chunkBytes()).isEqualTo(Limits.UPLOAD_CHUNK_BYTES);
    }

    @Test
    void moreBytesThanAnnounced_isAMismatch_andNothingBeyondTheSizeIsKept() {
        ParleyClient alice = user();
        String id = Transfers.start(alice, "a.bin", Attachment.FILE, 10).upload();
        assertThat(Transfers.chunk(alice, id, 0, new byte[8])).isEqualTo(8);
        refused(ErrorCode.UPLOAD_MISMATCH, () -> Transfers.chunk(alice, id, 8, new byte[3]));
        // the upload holds its 8 bytes still; the right last piece completes it
        assertThat(Transfers.chunk(alice, id, 8, new byte[2])).isEqualTo(10);
    }

    @Test
    void wrongSha256_isAMismatch_andForgetsTheUpload() {
        ParleyClient alice = user();
        byte[] bytes = "hello, file".getBytes(StandardCharsets.UTF_8);
        String id = Transfers.start(alice, "a.txt", Attachment.FILE, bytes.length).upload();
        Transfers.sendAll(alice, id, bytes);
        String wrong = Transfers.sha256("something else".getBytes(StandardCharsets.UTF_8));
        refused(ErrorCode.UPLOAD_MISMATCH, () -> alice.await(r -> new FinishUpload(r, id, wrong)));
        refused(ErrorCode.UPLOAD_NOT_FOUND, () -> alice.await(r -> new FinishUpload(r, id, Transfers.sha256(bytes))));
    }

    @Test
    void finishingBeforeEveryByteArrived_isAMismatch() {
        ParleyClient alice = user();
        String id = Transfers.start(alice, "a.bin", Attachment.FILE, 20).upload();
        Transfers.chunk(alice, id, 0, new byte[10]);
        refused(ErrorCode.UPLOAD_MISMATCH, () -> alice.await(r -> new FinishUpload(r, id, Transfers.sha256(new byte[10]))));
    }

    @Test
    void pieceOutOfOrder_isRefused_andTheRightOneStillFits() {
        ParleyClient alice = user();
        byte[] bytes = new byte[100];
        new Random(1).nextBytes(bytes);
        String id = Transfers.start(alice, "a.bin", Attachment.FILE, bytes.length).upload();
        Transfers.chunk(alice, id, 0, java.util.Arrays.copyOfRange(bytes, 0, 50));
        refused(ErrorCode.UPLOAD_NOT_FOUND, () -> Transfers.chunk(alice, id, 60, java.util.Arrays.copyOfRange(bytes, 60, 100)));
        refused(ErrorCode.UPLOAD_NOT_FOUND, () -> Transfers.chunk(alice, id, 0, java.util.Arrays.copyOfRange(bytes, 0, 50)));
        Transfers.chunk(alice, id, 50, java.util.Arrays.copyOfRange(bytes, 50, 100));
        Attachment a = alice.await(r -> new FinishUpload(r, id, Transfers.sha256(bytes)));
        assertThat(Transfers.fetch(alice, a.id())).isEqualTo(bytes);
    }

    @Test
    void badBase64_isAnInvalidField() {
        ParleyClient alice = user();
        String id = Transfers.start(alice, "a.bin", Attachment.FILE, 10).upload();
        var e = refused(ErrorCode.INVALID_FIELD, () -> alice.await(r -> new dev.parley.protocol.frame.UploadChunk(r, id, 0L, "not base64!")));
        assertThat(e.params()).containsEntry("field", "data");
    }

    @Test
    void aFourthUploadInProgress_isRefused_untilOneFinishes() {
        String name = "uploader" + USERS.incrementAndGet();
        ParleyClient alice = server.user(name);
        UploadStarted first = Transfers.start(alice, "1.bin", Attachment.FILE, 1);
        Transfers.start(alice, "2.bin", Attachment.FILE, 1);
        Transfers.start(alice, "3.bin", Attachment.FILE, 1);
        var e = refused(ErrorCode.TOO_MANY_UPLOADS, () -> Transfers.start(alice, "4.bin", Attachment.FILE, 1));
        assertThat(e.params()).containsEntry("max", "3");
        // another connection of the same user has its own uploads
        Transfers.start(server.login(name), "other.bin", Attachment.FILE, 1);

        Transfers.chunk(alice, first.upload(), 0, new byte[] {42});
        alice.await(r -> new FinishUpload(r, first.upload(), Transfers.sha256(new byte[] {42})));
        Transfers.start(alice, "4.bin", Attachment.FILE, 1);
    }

    @Test
    void uploadSilentForTenMinutes_isForgotten_byTheServerClock() {
        ParleyClient alice = user();
        String id = Transfers.start(alice, "slow.bin", Attachment.FILE, 4).upload();
        Transfers.chunk(alice, id, 0, new byte[] {1, 2});
        clock.advance(Duration.ofMinutes(9));
        Transfers.chunk(alice, id, 2, new byte[] {3});
        clock.advance(Duration.ofMinutes(10));
        refused(ErrorCode.UPLOAD_NOT_FOUND, () -> Transfers.chunk(alice, id, 3, new byte[] {4}));
        // expired ones no longer count against the three
        for (int i = 0; i < 2; i++) {
            Transfers.start(alice, "n" + i, Attachment.FILE, 1);
        }
        clock.advance(Duration.ofMinutes(11));
        for (int i = 0; i < Limits.MAX_UPLOADS_IN_PROGRESS; i++) {
            Transfers.start(alice, "m" + i, Attachment.FILE, 1);
        }
    }

    @Test
    void closingTheConnection_forgetsItsUploads_andDeletesTheirFiles() throws Exception {
        ParleyClient alice = user();
        int before = server.server().uploadsInProgress();
        String id = Transfers.start(alice, "gone.bin", Attachment.FILE, 100).upload();
        Transfers.chunk(alice, id, 0, new byte[50]);
        assertThat(server.server().uploadsInProgress()).isEqualTo(before + 1);
        long files = scratchFiles();
        assertThat(files).isPositive();

        alice.close();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        // the upload is dropped first, its file deleted right after: wait for both
        while ((server.server().uploadsInProgress() > before || scratchFiles() >= files) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.server().uploadsInProgress()).isEqualTo(before);
        assertThat(scratchFiles()).isEqualTo(files - 1);
    }

    private static long scratchFiles() throws Exception {
        try (Stream<Path> s = Files.list(data.resolve("uploads"))) {
            return s.count();
        }
    }

    @Test
    void file_isStoredAsItIs_asOctetStream_evenWhenItIsAPicture() {
        ParleyClient alice = user();
        byte[] png = TestPictures.png(TestPictures.noise(20, 20, 13));
        Attachment a = Transfers.upload(alice, "../../etc/picture.png", Attachment.FILE, png);

        assertThat(a.kind()).isEqualTo(Attachment.FILE);
        assertThat(a.id()).isEqualTo(Transfers.sha256(png));
        assertThat(a.type()).isEqualTo("application/octet-stream");
        assertThat(a.name()).as("a name is never a path").isEqualTo("picture.png");
        assertThat(a.width()).isNull();
        assertThat(a.thumbnail()).isNull();
        assertThat(Transfers.fetch(alice, a.id())).isEqualTo(png);
    }

    @Test
    void sameContentTwice_isStoredOnce() throws Exception {
        byte[] bytes = new byte[5000];
        new Random(2).nextBytes(bytes);
        Attachment first = Transfers.upload(user(), "a.bin", Attachment.FILE, bytes);
        Attachment second = Transfers.upload(user(), "b.bin", Attachment.FILE, bytes);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.name()).isEqualTo("b.bin");
        try (Stream<Path> s = Files.walk(data.resolve("blobs"))) {
            assertThat(s.filter(p -> p.getFileName().toString().equals(first.id())).count()).isEqualTo(1);
        }

        byte[] picture = TestPictures.png(TestPictures.noise(50, 50, 14));
        assertThat(Transfers.picture(user(), "x.png", picture).id()).isEqualTo(Transfers.picture(user(), "y.png", picture).id());
    }

    @Test
    void fetch_pastTheEnd_isAnInvalidOffset_andUnknownContentIsNotFound() {
        ParleyClient alice = user();
        Attachment a = Transfers.upload(alice, "a.bin", Attachment.FILE, new byte[] {1, 2, 3});
        var e = refused(ErrorCode.INVALID_FIELD, () -> alice.await(r -> new FetchBlob(r, a.id(), 3L)));
        assertThat(e.params()).containsEntry("field", "offset");
        refused(ErrorCode.BLOB_NOT_FOUND, () -> Transfers.fetchFirst(alice, "0".repeat(64)));
    }

    @Test
    void uploading_needsALogin() {
        ParleyClient anonymous = server.connect();
        refused(ErrorCode.NOT_AUTHENTICATED, () -> anonymous.await(r -> new StartUpload(r, "a", 1L, Attachment.FILE)));
    }
}
