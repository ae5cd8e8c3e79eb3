package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiskCacheTest {
    @TempDir
    Path dir;
    private Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void commit_thenRead_returnsTheVerifiedBytes() throws IOException {
        DiskCache cache = cache(1000);
        byte[] content = "picture bytes".getBytes(StandardCharsets.UTF_8);
        String id = put(cache, content);

        assertThat(cache.read(id)).isEqualTo(content);
        assertThat(cache.fileFor(id)).startsWith(dir.resolve(id.substring(0, 2)));
    }

    @Test
    void read_ofAnUnknownId_isNull() throws IOException {
        assertThat(cache(1000).read(ContentIds.of(new byte[] {1}))).isNull();
    }

    @Test
    void commit_overTheBound_evictsTheLeastRecentlyUsed() throws IOException {
        DiskCache cache = cache(250);
        String a = put(cache, bytes(100, 1));
        String b = put(cache, bytes(100, 2));
        cache.read(a);
        String c = put(cache, bytes(100, 3));

        assertThat(cache.read(b)).as("least recently used").isNull();
        assertThat(Files.exists(cache.fileFor(b))).isFalse();
        assertThat(cache.read(a)).isNotNull();
        assertThat(cache.read(c)).isNotNull();
        assertThat(cache.totalBytes()).isEqualTo(200);
    }

    @Test
    void reopened_keepsItsEntriesAndTheirOrderOfUse() throws IOException {
        DiskCache first = cache(250);
        String a = put(first, bytes(100, 1));
        String b = put(first, bytes(100, 2));
        first.read(a); // a is now the most recently used, on disk as well

        DiskCache second = cache(250);
        assertThat(second.totalBytes()).isEqualTo(200);
        put(second, bytes(100, 3));

        assertThat(second.read(b)).isNull();
        assertThat(second.read(a)).isNotNull();
    }

    @Test
    void read_ofADamagedFile_deletesItAndReturnsNull() throws IOException {
        DiskCache cache = cache(1000);
        String id = put(cache, bytes(50, 7));
        Files.write(cache.fileFor(id), bytes(50, 8));

        assertThat(cache.read(id)).isNull();
        assertThat(Files.exists(cache.fileFor(id))).isFalse();
        assertThat(cache.totalBytes()).isZero();
    }

    @Test
    void verifiedFile_ofADamagedFile_isNull() throws IOException {
        DiskCache cache = cache(1000);
        String id = put(cache, bytes(50, 7));
        Files.write(cache.fileFor(id), bytes(49, 7));

        assertThat(cache.verifiedFile(id)).isNull();
    }

    @Test
    void open_removesLeftOverTemporaryFiles() throws IOException {
        DiskCache first = cache(1000);
        Path temp = first.newTempFile();
        Files.write(temp, bytes(10, 1));

        DiskCache second = cache(1000);
        second.totalBytes();

        try (Stream<Path> left = Files.list(dir.resolve("tmp"))) {
            assertThat(left).isEmpty();
        }
        assertThat(second.totalBytes()).isZero();
    }

    /** A cache whose clock moves on 10 s at every reading, so each use is later than the last. */
    private DiskCache cache(long max) {
        return new DiskCache(dir, max, new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now = now.plusSeconds(10);
                return now;
            }
        });
    }

    private String put(DiskCache cache, byte[] content) throws IOException {
        String id = ContentIds.of(content);
        Path temp = cache.newTempFile();
        Files.write(temp, content);
        cache.commit(id, temp);
        return id;
    }

    private static byte[] bytes(int n, int seed) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (seed * 31 + i);
        }
        return b;
    }
}
