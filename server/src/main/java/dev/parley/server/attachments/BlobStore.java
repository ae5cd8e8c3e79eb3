package dev.parley.server.attachments;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bytes of stored content, in files named by their SHA-256 under
 * {@code <dataDir>/blobs/<first 2 hex digits>/<64 hex digits>} (256 folders, so no folder holds
 * millions of files), and the scratch folder {@code <dataDir>/uploads} where uploads grow and
 * pictures are re-encoded. A file enters the store by an atomic move from the scratch folder
 * (the same file system), so a reader never sees half a blob; the same content twice is one file.
 *
 * <p>The database rows ({@link Blobs}) are written after the file is in place, so a row never
 * names a missing file; a crash in between leaves a file no row names, which the next upload of
 * the same content reuses.
 */
final class BlobStore {
    private static final Logger LOG = LoggerFactory.getLogger(BlobStore.class);
    private final Path blobs;
    private final Path scratch;
    private final boolean fsync;

    /** @param fsync force each new blob to disk before it is recorded (durability {@code fsync}) */
    BlobStore(Path dataDir, boolean fsync) {
        this.blobs = dataDir.resolve("blobs");
        this.scratch = dataDir.resolve("uploads");
        this.fsync = fsync;
        try {
            Files.createDirectories(blobs);
            Files.createDirectories(scratch);
            // uploads in progress do not outlive the server: what a crash left is garbage
            try (Stream<Path> left = Files.list(scratch)) {
                for (Path p : left.toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the blob store in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** A fresh, not yet existing file name in the scratch folder. */
    Path scratchFile(String suffix) {
        return scratch.resolve(UUID.randomUUID() + suffix);
    }

    Path path(String id) {
        return blobs.resolve(id.substring(0, 2)).resolve(id);
    }

    /** The SHA-256 of {@code file}, as 64 lower-case hex digits, read in pieces. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Moves {@code file} (in the scratch folder) into the store as {@code id}; when that content
     * is stored already, {@code file} is deleted instead.
     */
    void put(Path file, String id) throws IOException {
        Path target = path(id);
        if (Files.exists(target)) {
            Files.deleteIfExists(file);
            return;
        }
        Files.createDirectories(target.getParent());
        if (fsync) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // a store on a file system without atomic rename: replace, still never half a file
            // for readers of the old name (there is none yet)
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Up to {@code max} bytes of blob {@code id} from {@code offset}, read from the file at that
     * position; {@code blob_not_found} when the file is gone.
     */
    byte[] read(String id, long offset, int max) {
        try (FileChannel channel = FileChannel.open(path(id), StandardOpenOption.READ)) {
            long size = channel.size();
            int length = (int) Math.max(0, Math.min(max, size - offset));
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    break;
                }
            }
            byte[] bytes = buffer.array();
            return buffer.position() == length ? bytes : java.util.Arrays.copyOf(bytes, buffer.position());
        } catch (NoSuchFileException e) {
            LOG.warn("blob {} has a row but no file", id);
            throw new ParleyException(ErrorCode.BLOB_NOT_FOUND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + id + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a scratch file, logging (not throwing) when that fails. */
    static void discard(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete scratch file {}: {}", file, e.toString());
        }
    }
}
