package dev.parley.server.attachments;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploads being received, per connection (spec M-10, M-11). Each grows in its own scratch file
 * (never in memory) with its SHA-256 computed as the pieces arrive; pieces must come in order
 * (the offset is the count of bytes received), and never beyond the size announced. A
 * connection holds at most {@link Limits#MAX_UPLOADS_IN_PROGRESS}, counting those being checked
 * after {@code upload_done}. An upload is forgotten, and its file deleted, {@link #IDLE} after
 * its last piece (by the injected clock: {@link #sweep}, and on any use of it) and when its
 * connection closes.
 *
 * <p>Frames of one connection arrive one at a time, but the sweep and connection close come
 * from other threads, so each upload is guarded by its own monitor.
 */
final class UploadsInProgress {
    /** How long an upload may go without a piece before it is forgotten. */
    static final Duration IDLE = Duration.ofMinutes(10);

    /** One upload: what was announced, and what has arrived. */
    static final class Upload {
        final String id;
        final long user;
        final String name;
        final String kind;
        final long size;
        final Path file;
        private final FileChannel channel;
        private final MessageDigest digest = BlobStore.newDigest();
        private long received;
        private Instant lastPiece;
        /** Set by {@code upload_done}: no more pieces; the file now belongs to whoever checks it. */
        private boolean finishing;
        private boolean gone;

        private Upload(String id, long user, String name, String kind, long size, Path file, Instant now) throws IOException {
            this.id = id;
            this.user = user;
            this.name = name;
            this.kind = kind;
            this.size = size;
            this.file = file;
            this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            this.lastPiece = now;
        }

        synchronized long received() {
            return received;
        }

        /** Closes and deletes the file, unless {@code upload_done} handed it over. */
        private synchronized void forget() {
            gone = true;
            if (!finishing) {
                close();
                BlobStore.discard(file);
            }
        }

        private void close() {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the file is deleted or handed over next; nothing more to do
            }
        }
    }

    private final Map<Long, Map<String, Upload>> byConnection = new ConcurrentHashMap<>();
    private final BlobStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    UploadsInProgress(BlobStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Starts an upload on {@code connection}; {@code too_many_uploads} when it holds the maximum already. */
    Upload start(long connection, long user, String name, String kind, long size) {
        Instant now = clock.instant();
        Map<String, Upload> uploads = byConnection.computeIfAbsent(connection, c -> new ConcurrentHashMap<>());
        uploads.values().removeIf(u -> expire(u, now));
        if (uploads.size() >= Limits.MAX_UPLOADS_IN_PROGRESS) {
            throw new ParleyException(ErrorCode.TOO_MANY_UPLOADS, Map.of("max", Integer.toString(Limits.MAX_UPLOADS_IN_PROGRESS)));
        }
        byte[] id = new byte[8];
        random.nextBytes(id);
        try {
            Upload upload = new Upload("u-" + HexFormat.of().formatHex(id), user, name, kind, size, store.scratchFile(".part"), now);
            uploads.put(upload.id, upload);
            if (byConnection.get(connection) != uploads) {
                // the connection closed meanwhile and its uploads were forgotten: so is this one
                upload.forget();
                throw new ParleyException(ErrorCode.UPLOAD_NOT_FOUND);
            }
            return upload;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create an upload file: " + e.getMessage(), e);
        }
    }

    /**
     * Appends the piece at {@code offset}; returns the bytes received. {@code upload_not_found}
     * for an unknown, finishing or expired upload or an offset that is not the next byte;
     * {@code upload_mismatch} when the piece would pass the announced size.
     */
    long append(long connection, String uploadId, long offset, byte[] data) {
        Upload u = find(connection, uploadId);
        synchronized (u) {
            if (u.gone || u.finishing || offset != u.received) {
                throw new ParleyException(ErrorCode.UPLOAD_NOT_FOUND);
            }
            if (u.received + data.length > u.size) {
                throw new ParleyException(ErrorCode.UPLOAD_MISMATCH);
            }
            try {
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    u.channel.write(buffer);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write upload " + u.id + ": " + e.getMessage(), e);
            }
            u.digest.update(data);
            u.received += data.length;
            u.lastPiece = clock.instant();
            return u.received;
        }
    }

    /**
     * Ends the upload: checks that every announced byte arrived and that their SHA-256 is
     * {@code sha256}, closes its file and hands it to the caller, who must call {@link #release}
     * when done. A mismatch ({@code upload_mismatch}) forgets the upload: its bytes are wrong.
     */
    Upload finish(long connection, String uploadId, String sha256) {
        Upload u = find(connection, uploadId);
        synchronized (u) {
            if (u.gone || u.finishing) {
                throw new ParleyException(ErrorCode.UPLOAD_NOT_FOUND);
            }
            String actual = HexFormat.of().formatHex(u.digest.digest());
            if (u.received != u.size || !actual.equals(sha256)) {
                remove(connection, u);
                throw new ParleyException(ErrorCode.UPLOAD_MISMATCH);
            }
            u.finishing = true;
            u.close();
            return u;
        }
    }

    /** Forgets a finished upload and deletes its file (its content was stored or refused). */
    void release(long connection, Upload u) {
        Map<String, Upload> uploads = byConnection.get(connection);
        if (uploads != null) {
            uploads.remove(u.id, u);
        }
        BlobStore.discard(u.file);
    }

    /** Forgets every upload of a closed connection (those being checked finish on their own). */
    void connectionClosed(long connection) {
        Map<String, Upload> uploads = byConnection.remove(connection);
        if (uploads != null) {
            uploads.values().forEach(Upload::forget);
        }
    }

    /** Forgets uploads silent for {@link #IDLE}; returns how many. */
    int sweep() {
        Instant now = clock.instant();
        int forgotten = 0;
        for (Map.Entry<Long, Map<String, Upload>> e : byConnection.entrySet()) {
            for (Upload u : List.copyOf(e.getValue().values())) {
                if (expire(u, now)) {
                    e.getValue().remove(u.id, u);
                    forgotten++;
                }
            }
            byConnection.computeIfPresent(e.getKey(), (k, m) -> m.isEmpty() ? null : m);
        }
        return forgotten;
    }

    /** Uploads held now, over every connection (tests, metrics). */
    int count() {
        return byConnection.values().stream().mapToInt(Map::size).sum();
    }

    private Upload find(long connection, String uploadId) {
        Map<String, Upload> uploads = byConnection.get(connection);
        Upload u = uploads == null ? null : uploads.get(uploadId);
        if (u == null) {
            throw new ParleyException(ErrorCode.UPLOAD_NOT_FOUND);
        }
        if (expire(u, clock.instant())) {
            uploads.remove(uploadId, u);
            throw new ParleyException(ErrorCode.UPLOAD_NOT_FOUND);
        }
        return u;
    }

    private void remove(long connection, Upload u) {
        Map<String, Upload> uploads = byConnection.get(connection);
        if (uploads != null) {
            uploads.remove(u.id, u);
        }
        u.forget();
    }

    /** Forgets {@code u} if it has been silent for {@link #IDLE}; true when it did. */
    private static boolean expire(Upload u, Instant now) {
        synchronized (u) {
            if (u.finishing || u.lastPiece.plus(IDLE).isAfter(now)) {
                return false;
            }
        }
        u.forget();
        return true;
    }
}
