package dev.parley.client.media;

import dev.parley.client.net.ChatService;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.FetchBlob;
import dev.parley.protocol.model.BlobChunk;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;

/**
 * Downloads one piece of stored content into a file with {@code fetch} requests, a few in flight at
 * once (pipelined with {@link ChatService#requestAsync}), then checks the whole file's SHA-256
 * against the content id. Each reply is validated (the id, the offset asked for, a constant total,
 * no bytes past it) before its bytes are written at their offset, so pieces may arrive in any
 * order; a reply shorter than asked for is followed by a request for the rest.
 *
 * <p>Requests are sent and files written on {@code io}, never on the WebSocket's threads (a reply
 * handler that blocks would hold up every other frame) nor on the UI thread.
 */
final class BlobFetcher {
    private final ChatService service;
    private final Executor io;
    private final int window;

    BlobFetcher(ChatService service, Executor io, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
        this.service = service;
        this.io = io;
        this.window = window;
    }

    /**
     * Fetches {@code id} into {@code target} (created or truncated). {@code expectedSize} is the
     * size the message said (or -1 when unknown); {@code maxSize} refuses a larger total before
     * anything is written. {@code progress} gets the bytes received so far (on {@code io}).
     * Completes when the file holds content whose SHA-256 is {@code id}; fails with
     * {@link IOException} (damaged or inconsistent content) or the request's failure.
     */
    CompletableFuture<Void> fetch(String id, Path target, long expectedSize, long maxSize, LongConsumer progress) {
        Download d = new Download(id, target, expectedSize, maxSize, progress);
        io.execute(d::start);
        return d.done;
    }

    /** The state of one download. Guarded by itself; replies are handled on {@code io}. */
    private final class Download {
        private final String id;
        private final Path target;
        private final long expectedSize;
        private final long maxSize;
        private final LongConsumer progress;
        private final CompletableFuture<Void> done = new CompletableFuture<>();
        /** Ranges {start, end} still to ask for; the grid beyond {@link #nextOffset} is implied. */
        private final Deque<long[]> retries = new ArrayDeque<>();
        private FileChannel channel;
        private long total = -1;
        private long nextOffset;
        private long received;
        private int inFlight;

        Download(String id, Path target, long expectedSize, long maxSize, LongConsumer progress) {
            this.id = id;
            this.target = target;
            this.expectedSize = expectedSize;
            this.maxSize = maxSize;
            this.progress = progress;
        }

        void start() {
            try {
                synchronized (this) {
                    channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING);
                    inFlight = 1;
                }
                request(0, Limits.FETCH_CHUNK_BYTES);
            } catch (IOException | RuntimeException e) {
                fail(e);
            }
        }

        private void request(long start, long end) {
            service.requestAsync(rid -> new FetchBlob(rid, id, start))
                    .thenAcceptAsync(chunk -> received(chunk, start, end), io)
                    .exceptionally(failure -> {
                        fail(failure);
                        return null;
                    });
        }

        private void received(BlobChunk chunk, long start, long end) {
            synchronized (this) {
                if (done.isDone()) {
                    return;
                }
                inFlight--;
                byte[] data = check(chunk, start);
                long wanted = Math.min(end, total) - start;
                int n = (int) Math.min(data.length, wanted);
                try {
                    channel.write(ByteBuffer.wrap(data, 0, n), start);
                } catch (IOException e) {
                    throw new CompletionException(e);
                }
                received += n;
                if (n < wanted) {
                    retries.add(new long[] {start + n, start + wanted});
                }
                if (start == 0 && nextOffset == 0) {
                    nextOffset = Limits.FETCH_CHUNK_BYTES;
                }
            }
            progress.accept(receivedNow());
            pump();
            finishIfComplete();
        }

        private synchronized long receivedNow() {
            return received;
        }

        /** Sends requests until {@link #window} are in flight or nothing is left to ask for. */
        private void pump() {
            while (true) {
                long[] range;
                synchronized (this) {
                    if (done.isDone() || inFlight >= window) {
                        return;
                    }
                    if (!retries.isEmpty()) {
                        range = retries.poll();
                    } else if (nextOffset < total) {
                        range = new long[] {nextOffset, Math.min(total, nextOffset + Limits.FETCH_CHUNK_BYTES)};
                        nextOffset = range[1];
                    } else {
                        return;
                    }
                    inFlight++;
                }
                request(range[0], range[1]);
            }
        }

        private void finishIfComplete() {
            synchronized (this) {
                if (done.isDone() || inFlight > 0 || received < total) {
                    return;
                }
                try {
                    channel.close();
                    String actual = ContentIds.of(target);
                    if (!actual.equals(id)) {
                        throw new IOException("content " + id + " arrived damaged: its SHA-256 is " + actual
                                + " (" + total + " bytes)");
                    }
                } catch (IOException e) {
                    fail(e);
                    return;
                }
            }
            done.complete(null);
        }

        /** Validates a reply against the request and what came before; returns its bytes. */
        private byte[] check(BlobChunk chunk, long start) {
            if (chunk == null || !id.equals(chunk.blob()) || chunk.offset() != start) {
                throw inconsistent("a reply for another piece (" + (chunk == null ? null : chunk.blob() + "@" + chunk.offset())
                        + ", asked for " + start + ")");
            }
            if (total < 0) {
                if (chunk.total() < 0 || chunk.total() > maxSize || (expectedSize >= 0 && chunk.total() != expectedSize)) {
                    throw inconsistent("total " + chunk.total() + " (expected " + expectedSize + ", at most " + maxSize + ")");
                }
                total = chunk.total();
            } else if (chunk.total() != total) {
                throw inconsistent("total changed from " + total + " to " + chunk.total());
            }
            byte[] data;
            try {
                data = Base64.getDecoder().decode(chunk.data() == null ? "" : chunk.data());
            } catch (IllegalArgumentException e) {
                throw inconsistent("data that is not base64");
            }
            if (start + data.length > total || (data.length == 0 && start < total)) {
                throw inconsistent(data.length + " bytes at " + start + " of " + total);
            }
            return data;
        }

        private CompletionException inconsistent(String what) {
            return new CompletionException(new IOException("fetch of " + id + " got " + what));
        }

        private void fail(Throwable failure) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            synchronized (this) {
                if (done.isDone()) {
                    return;
                }
                done.completeExceptionally(cause);
                try {
                    if (channel != null) {
                        channel.close();
                    }
                    Files.deleteIfExists(target);
                } catch (IOException e) {
                    cause.addSuppressed(e);
                }
            }
        }
    }
}
