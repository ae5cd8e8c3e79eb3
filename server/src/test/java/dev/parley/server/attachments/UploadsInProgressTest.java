package dev.parley.server.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.server.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads grow on disk, in order, within their size; idle ones are forgotten by the clock. */
class UploadsInProgressTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

    private static String sha(byte[] bytes) {
        return HexFormat.of().formatHex(BlobStore.newDigest().digest(bytes));
    }

    @Test
    void piecesGrowAFileOnDisk_andFinishHandsItOver() throws Exception {
        UploadsInProgress uploads = new UploadsInProgress(new BlobStore(dir, false), clock);
        var u = uploads.start(1, 7, "a.bin", "file", 6);
        assertThat(uploads.append(1, u.id, 0, new byte[] {1, 2, 3})).isEqualTo(3);
        assertThat(Files.size(u.file)).isEqualTo(3);
        assertThat(uploads.append(1, u.id, 3, new byte[] {4, 5, 6})).isEqualTo(6);

        var done = uploads.finish(1, u.id, sha(new byte[] {1, 2, 3, 4, 5, 6}));
        assertThat(Files.readAllBytes(done.file)).containsExactly(1, 2, 3, 4, 5, 6);
        uploads.release(1, done);
        assertThat(Files.exists(done.file)).isFalse();
        assertThat(uploads.count()).isZero();
    }

    @Test
    void idleUpload_isForgotten_afterTenMinutes_byTheSweep_andItsFileDeleted() throws Exception {
        UploadsInProgress uploads = new UploadsInProgress(new BlobStore(dir, false), clock);
        var u = uploads.start(1, 7, "a.bin", "file", 10);
        uploads.append(1, u.id, 0, new byte[] {1});

        clock.advance(UploadsInProgress.IDLE.minusSeconds(1));
        assertThat(uploads.sweep()).isZero();
        uploads.append(1, u.id, 1, new byte[] {2});
        clock.advance(UploadsInProgress.IDLE.minusSeconds(1));
        assertThat(uploads.sweep()).as("a piece restarts the ten minutes").isZero();
        clock.advance(Duration.ofSeconds(1));

        assertThat(uploads.sweep()).isEqualTo(1);
        assertThat(Files.exists(u.file)).isFalse();
        assertThatThrownBy(() -> uploads.append(1, u.id, 2, new byte[] {3}))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UPLOAD_NOT_FOUND));
    }

    @Test
    void connectionClosed_forgetsItsUploads_andDeletesTheirFiles() throws Exception {
        UploadsInProgress uploads = new UploadsInProgress(new BlobStore(dir, false), clock);
        var mine = uploads.start(1, 7, "a", "file", 10);
        var other = uploads.start(2, 8, "b", "file", 10);
        uploads.connectionClosed(1);
        assertThat(Files.exists(mine.file)).isFalse();
        assertThat(Files.exists(other.file)).isTrue();
        assertThat(uploads.count()).isEqualTo(1);
    }

    @Test
    void anotherConnection_cannotSeeTheUpload() {
        UploadsInProgress uploads = new UploadsInProgress(new BlobStore(dir, false), clock);
        var u = uploads.start(1, 7, "a", "file", 10);
        assertThatThrownBy(() -> uploads.append(2, u.id, 0, new byte[] {1}))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UPLOAD_NOT_FOUND));
    }

    @Test
    void leftoversOfACrash_areDeletedAtStart() throws Exception {
        Files.createDirectories(dir.resolve("uploads"));
        Path left = Files.writeString(dir.resolve("uploads").resolve("old.part"), "half an upload");
        new BlobStore(dir, false);
        assertThat(Files.exists(left)).isFalse();
    }
}
