package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.FetchBlob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobFetcherTest {
    private static final int PIECE = 128 * 1024;
    @TempDir
    Path dir;
    private final FakeBlobService server = new FakeBlobService();
    private final BlobFetcher fetcher = new BlobFetcher(server.asService(), Runnable::run, 3);

    @Test
    void fetch_ofSeveralPieces_writesTheWholeContentAndAsksForEachPieceOnce() throws Exception {
        byte[] content = random(PIECE * 5 + 1234);
        String id = server.add(content);
        Path target = dir.resolve("out");
        AtomicLong progress = new AtomicLong();

        CompletableFuture<Void> done = fetcher.fetch(id, target, content.length, Long.MAX_VALUE, progress::set);
        server.answerAll();

        done.get();
        assertThat(Files.readAllBytes(target)).isEqualTo(content);
        assertThat(server.requests(FetchBlob.class)).extracting(FetchBlob::from)
                .containsExactly(0L, (long) PIECE, 2L * PIECE, 3L * PIECE, 4L * PIECE, 5L * PIECE);
        assertThat(progress.get()).isEqualTo(content.length);
    }

    @Test
    void fetch_keepsAtMostTheWindowInFlight() throws Exception {
        byte[] content = random(PIECE * 10);
        String id = server.add(content);

        CompletableFuture<Void> done = fetcher.fetch(id, dir.resolve("out"), -1, Long.MAX_VALUE, r -> { });
        server.answerNext(); // the first piece tells the total
        assertThat(server.waiting).as("pipelined after the first reply").hasSize(3);
        server.answerAll();

        done.get();
        assertThat(server.maxInFlight).isEqualTo(3);
    }

    @Test
    void fetch_withShortReplies_asksForTheRest() throws Exception {
        server.shortReplies = 50_000;
        byte[] content = random(PIECE * 2 + 10);
        String id = server.add(content);
        Path target = dir.resolve("out");

        CompletableFuture<Void> done = fetcher.fetch(id, target, content.length, Long.MAX_VALUE, r -> { });
        server.answerAll();

        done.get();
        assertThat(Files.readAllBytes(target)).isEqualTo(content);
    }

    @Test
    void fetch_ofContentThatDoesNotMatchItsId_failsAndLeavesNoFile() {
        byte[] content = random(1000);
        String id = server.add(content);
        server.tamper = bytes -> {
            byte[] copy = bytes.clone();
            copy[500] ^= 1;
            return copy;
        };
        Path target = dir.resolve("out");

        CompletableFuture<Void> done = fetcher.fetch(id, target, -1, Long.MAX_VALUE, r -> { });
        server.answerAll();

        assertThatThrownBy(done::get).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IOException.class)
                .hasMessageContaining("damaged");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void fetch_whoseTotalDiffersFromTheMessage_fails() {
        byte[] content = random(1000);
        String id = server.add(content);

        CompletableFuture<Void> done = fetcher.fetch(id, dir.resolve("out"), 999, Long.MAX_VALUE, r -> { });
        server.answerAll();

        assertThatThrownBy(done::get).hasCauseInstanceOf(IOException.class).hasMessageContaining("total 1000");
    }

    @Test
    void fetch_largerThanAllowed_failsBeforeAskingForMore() {
        byte[] content = random(PIECE * 4);
        String id = server.add(content);

        CompletableFuture<Void> done = fetcher.fetch(id, dir.resolve("out"), -1, PIECE, r -> { });
        server.answerAll();

        assertThatThrownBy(done::get).hasCauseInstanceOf(IOException.class);
        assertThat(server.fetches()).isEqualTo(1);
    }

    @Test
    void fetch_refusedByTheServer_failsWithItsCode() {
        CompletableFuture<Void> done = fetcher.fetch(ContentIds.of(new byte[] {9}), dir.resolve("out"), -1, Long.MAX_VALUE, r -> { });
        server.answerAll();

        assertThatThrownBy(done::get).hasCauseInstanceOf(ParleyException.class).hasMessageContaining("blob_not_found");
    }

    @Test
    void fetch_ofEmptyContent_completes() throws Exception {
        String id = server.add(new byte[0]);
        Path target = dir.resolve("out");

        CompletableFuture<Void> done = fetcher.fetch(id, target, 0, Long.MAX_VALUE, r -> { });
        server.answerAll();

        done.get();
        assertThat(Files.size(target)).isZero();
    }

    static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }
}
