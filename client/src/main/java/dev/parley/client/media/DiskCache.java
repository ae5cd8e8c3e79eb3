package dev.parley.client.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetched content on disk, addressed by its content id ({@code <dir>/ab/abcdef…}), bounded in total
 * size with least-recently-used eviction, surviving restarts. Content never changes under an id, so
 * an entry is valid forever unless the file was damaged: every read checks the SHA-256 and deletes
 * a file that does not match, and the caller fetches it again.
 *
 * <p>Writes are atomic: content is written to {@code tmp/} and moved into place, so a crash never
 * leaves a half-written entry under a real id (left-over temporary files are removed on open).
 * Recency survives restarts through the files' modification times, which a read refreshes.
 * Opening scans the directory, so it happens on first use, on a background thread, never in the
 * constructor (which runs on the UI thread). Call every method off the UI thread.
 */
final class DiskCache {
    private static final Logger LOG = LoggerFactory.getLogger(DiskCache.class);
    private static final String TMP = "tmp";

    private final Path dir;
    private final long maxBytes;
    private final Clock clock;
    /** id → size, least recently used first. Guarded by {@code this}. */
    private final LinkedHashMap<String, Long> index = new LinkedHashMap<>(256, 0.75f, true);
    private long totalBytes;
    private boolean open;

    DiskCache(Path dir, long maxBytes, Clock clock) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be > 0, was " + maxBytes);
        }
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.clock = clock;
    }

    /** The verified bytes of {@code id}, or null when it is not cached or its file was damaged. */
    byte[] read(String id) throws IOException {
        Path file = fileIfPresent(id);
        if (file == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            forget(id);
            return null;
        }
        if (!ContentIds.of(bytes).equals(id)) {
            LOG.warn("cached content {} is damaged ({} bytes); fetching it again", id, bytes.length);
            delete(id);
            return null;
        }
        touch(id, file);
        return bytes;
    }

    /**
     * The file holding {@code id}, checked against its hash (read it soon: it may be evicted by a
     * later {@link #commit}), or null when it is not cached or was damaged.
     */
    Path verifiedFile(String id) throws IOException {
        Path file = fileIfPresent(id);
        if (file == null) {
            return null;
        }
        String actual;
        try {
            actual = ContentIds.of(file);
        } catch (NoSuchFileException e) {
            forget(id);
            return null;
        }
        if (!actual.equals(id)) {
            LOG.warn("cached content {} is damaged; fetching it again", id);
            delete(id);
            return null;
        }
        touch(id, file);
        return file;
    }

    /** A new empty temporary file inside the cache, to download into before {@link #commit}. */
    Path newTempFile() throws IOException {
        synchronized (this) {
            ensureOpen();
        }
        return Files.createTempFile(dir.resolve(TMP), "fetch-", ".part");
    }

    /**
     * Moves {@code temp} (whose content the caller has checked against {@code id}) into place and
     * evicts least recently used entries until the total fits the bound again.
     */
    void commit(String id, Path temp) throws IOException {
        requireValid(id);
        Path target = fileFor(id);
        Files.createDirectories(target.getParent());
        long size = Files.size(temp);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
        List<String> evicted = new ArrayList<>();
        synchronized (this) {
            ensureOpen();
            Long old = index.put(id, size);
            totalBytes += size - (old == null ? 0 : old);
            Iterator<Map.Entry<String, Long>> eldest = index.entrySet().iterator();
            while (totalBytes > maxBytes && eldest.hasNext()) {
                Map.Entry<String, Long> e = eldest.next();
                if (e.getKey().equals(id)) {
                    continue;
                }
                totalBytes -= e.getValue();
                evicted.add(e.getKey());
                eldest.remove();
            }
        }
        for (String e : evicted) {
            Files.deleteIfExists(fileFor(e));
        }
    }

    /** Total bytes of the entries now cached. */
    synchronized long totalBytes() throws IOException {
        ensureOpen();
        return totalBytes;
    }

    /** Where {@code id} is (or would be) stored. */
    Path fileFor(String id) {
        requireValid(id);
        return dir.resolve(id.substring(0, 2)).resolve(id);
    }

    private Path fileIfPresent(String id) throws IOException {
        requireValid(id);
        synchronized (this) {
            ensureOpen();
            if (!index.containsKey(id)) {
                return null;
            }
        }
        return fileFor(id);
    }

    private void touch(String id, Path file) {
        synchronized (this) {
            index.get(id); // access order: now the most recently used
        }
        try {
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
        } catch (IOException e) {
            LOG.debug("could not record the use of {}", file, e);
        }
    }

    private void delete(String id) throws IOException {
        forget(id);
        Files.deleteIfExists(fileFor(id));
    }

    private synchronized void forget(String id) {
        Long size = index.remove(id);
        if (size != null) {
            totalBytes -= size;
        }
    }

    /** Reads what is on disk, oldest use first, and clears left-over temporary files. */
    private void ensureOpen() throws IOException {
        if (open) {
            return;
        }
        Files.createDirectories(dir.resolve(TMP));
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir.resolve(TMP))) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        }
        record Found(String id, long size, FileTime used) {
        }
        List<Found> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir, 2)) {
            files.forEach(p -> {
                String name = p.getFileName().toString();
                if (ContentIds.isValid(name) && p.getParent().getFileName().toString().equals(name.substring(0, 2))) {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        if (a.isRegularFile()) {
                            found.add(new Found(name, a.size(), a.lastModifiedTime()));
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        found.sort(Comparator.comparing(Found::used));
        for (Found f : found) {
            index.put(f.id(), f.size());
            totalBytes += f.size();
        }
        open = true;
        LOG.debug("media cache {}: {} entries, {} bytes", dir, index.size(), totalBytes);
    }

    private static void requireValid(String id) {
        if (!ContentIds.isValid(id)) {
            throw new IllegalArgumentException("not a content id: " + id);
        }
    }
}
