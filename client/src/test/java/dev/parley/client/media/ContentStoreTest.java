package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStoreTest {
    @TempDir
    Path dir;
    private final FakeBlobService server = new FakeBlobService();

    private ContentStore store(Path cacheDir) {
        DiskCache cache = new DiskCache(cacheDir, 10_000_000, Clock.systemUTC());
        return new ContentStore(cache, new BlobFetcher(server.asService(), Runnable::run, 4), Runnable::run, 2, 100_000_000);
    }

    @Test
    void bytes_secondTime_comesFromTheCacheWithoutAFetch() throws Exception {
        server.immediate = true;
        byte[] content = BlobFetcherTest.random(300_000);
        String id = server.add(content);
        ContentStore store = store(dir.resolve("cache"));

        assertThat(store.bytes(id, content.length).get()).isEqualTo(content);
        long fetches = server.fetches();
        assertThat(store.bytes(id, content.length).get()).isEqualTo(content);

        assertThat(fetches).isEqualTo(3);
        assertThat(server.fetches()).isEqualTo(fetches);
    }

    @Test
    void bytes_afterARestart_comeFromTheDisk() throws Exception {
        server.immediate = true;
        byte[] content = BlobFetcherTest.random(1000);
        String id = server.add(content);
        store(dir.resolve("cache")).bytes(id, -1).get();

        assertThat(store(dir.resolve("cache")).bytes(id, -1).get()).isEqualTo(content);
        assertThat(server.fetches()).isEqualTo(1);
    }

    @Test
    void bytes_ofADamagedCacheFile_fetchesItAgain() throws Exception {
        server.immediate = true;
        byte[] content = BlobFetcherTest.random(1000);
        String id = server.add(content);
        ContentStore store = store(dir.resolve("cache"));
        store.bytes(id, -1).get();
        Path file = dir.resolve("cache").resolve(id.substring(0, 2)).resolve(id);
        Files.write(file, new byte[] {1, 2, 3});

        assertThat(store.bytes(id, -1).get()).isEqualTo(content);
        assertThat(server.fetches()).isEqualTo(2);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void bytes_askedForTwiceAtOnce_fetchesOnce() throws Exception {
        byte[] content = BlobFetcherTest.random(1000);
        String id = server.add(content);
        ContentStore store = store(dir.resolve("cache"));

        CompletableFuture<byte[]> first = store.bytes(id, -1);
        CompletableFuture<byte[]> second = store.bytes(id, -1);
        server.answerAll();

        assertThat(first.get()).isEqualTo(content);
        assertThat(second.get()).isEqualTo(content);
        assertThat(server.fetches()).isEqualTo(1);
    }

    @Test
    void downloads_beyondTheLimit_waitForARunningOne() throws Exception {
        ContentStore store = store(dir.resolve("cache"));
        String a = server.add(BlobFetcherTest.random(10));
        String b = server.add(BlobFetcherTest.random(11));
        String c = server.add(BlobFetcherTest.random(12));

        CompletableFuture<byte[]> fa = store.bytes(a, -1);
        store.bytes(b, -1);
        CompletableFuture<byte[]> fc = store.bytes(c, -1);
        assertThat(server.fetches()).as("two downloads at most").isEqualTo(2);
        server.answerNext();

        assertThat(fa).isDone();
        assertThat(server.fetches()).as("the third starts when one ends").isEqualTo(3);
        server.answerAll();
        assertThat(fc.get()).hasSize(12);
    }

    @Test
    void downloadTo_writesTheFileWithoutCachingIt() throws Exception {
        server.immediate = true;
        byte[] content = BlobFetcherTest.random(200_000);
        String id = server.add(content);
        ContentStore store = store(dir.resolve("cache"));
        Path target = dir.resolve("saved.bin");

        store.downloadTo(id, content.length, target, r -> { }).get();

        assertThat(Files.readAllBytes(target)).isEqualTo(content);
        assertThat(Files.exists(dir.resolve("cache").resolve(id.substring(0, 2)).resolve(id))).isFalse();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void downloadTo_ofDamagedContent_leavesNoFileUnderTheChosenName() {
        server.immediate = true;
        String id = server.add(BlobFetcherTest.random(1000));
        server.tamper = bytes -> new byte[bytes.length];
        Path target = dir.resolve("saved.bin");

        assertThat(store(dir.resolve("cache")).downloadTo(id, 1000, target, r -> { })).isCompletedExceptionally();
        assertThat(Files.exists(target)).isFalse();
    }
}
