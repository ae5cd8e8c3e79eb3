package dev.parley.client.media;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Content by id, from the disk cache or else fetched from the server and cached: what the picture
 * views and the viewer read. Two views asking for the same id share one download; at most
 * {@code maxDownloads} downloads run at once (the rest queue), so scrolling past a hundred pictures
 * cannot flood the connection ahead of the chat's own requests. A cached file that fails its
 * SHA-256 check is deleted and fetched again.
 */
final class ContentStore {
    private final DiskCache cache;
    private final BlobFetcher fetcher;
    private final Executor io;
    private final long maxContentBytes;
    private final Map<String, CompletableFuture<Void>> downloads = new ConcurrentHashMap<>();
    private final Limiter limiter;

    ContentStore(DiskCache cache, BlobFetcher fetcher, Executor io, int maxDownloads, long maxContentBytes) {
        this.cache = cache;
        this.fetcher = fetcher;
        this.io = io;
        this.limiter = new Limiter(maxDownloads);
        this.maxContentBytes = maxContentBytes;
    }

    /** The verified bytes of {@code id}; {@code expectedSize} is the size the message gave, or -1. */
    CompletableFuture<byte[]> bytes(String id, long expectedSize) {
        return CompletableFuture.supplyAsync(() -> readCached(id), io).thenCompose(cached -> cached != null
                ? CompletableFuture.completedFuture(cached)
                : download(id, expectedSize).thenApplyAsync(v -> {
                    byte[] fetched = readCached(id);
                    if (fetched == null) {
                        throw new CompletionException(new IOException("content " + id + " vanished from the cache"));
                    }
                    return fetched;
                }, io));
    }

    /**
     * Copies the verified content of {@code id} to {@code target} through a temporary file beside
     * it (so a failure never leaves a half-written file under the user's chosen name), fetching it
     * into the cache first when needed.
     */
    CompletableFuture<Void> copyTo(String id, long expectedSize, Path target) {
        return CompletableFuture.supplyAsync(() -> verifiedFile(id), io).thenCompose(file -> file != null
                ? CompletableFuture.completedFuture(file)
                : download(id, expectedSize).thenApplyAsync(v -> verifiedFile(id), io))
                .thenAcceptAsync(file -> {
                    if (file == null) {
                        throw new CompletionException(new IOException("content " + id + " vanished from the cache"));
                    }
                    try {
                        Path temp = SavedFiles.tempBeside(target);
                        try {
                            Files.copy(file, temp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                            SavedFiles.moveInto(temp, target);
                        } finally {
                            Files.deleteIfExists(temp);
                        }
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                }, io);
    }

    /**
     * Downloads {@code id} straight to {@code target} without caching it (files the user saves:
     * large and seldom saved twice), through a temporary file beside it. {@code progress} gets the
     * bytes received so far, on a background thread.
     */
    CompletableFuture<Void> downloadTo(String id, long expectedSize, Path target, LongConsumer progress) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return SavedFiles.tempBeside(target);
            } catch (IOException e) {
                throw new CompletionException(e);
            }
        }, io).thenCompose(temp -> limiter.submit(() -> fetcher.fetch(id, temp, expectedSize, maxContentBytes, progress))
                .thenAcceptAsync(v -> {
                    try {
                        SavedFiles.moveInto(temp, target);
                    } catch (IOException e) {
                        throw new CompletionException(e);
                    }
                }, io)
                .whenComplete((v, failure) -> {
                    if (failure != null) {
                        try {
                            Files.deleteIfExists(temp);
                        } catch (IOException e) {
                            failure.addSuppressed(e);
                        }
                    }
                }));
    }

    /** One shared download of {@code id} into the cache. */
    private CompletableFuture<Void> download(String id, long expectedSize) {
        CompletableFuture<Void> created = new CompletableFuture<>();
        CompletableFuture<Void> running = downloads.putIfAbsent(id, created);
        if (running != null) {
            return running;
        }
        limiter.submit(() -> {
            Path temp;
            try {
                temp = cache.newTempFile();
            } catch (IOException e) {
                return CompletableFuture.failedFuture(e);
            }
            return fetcher.fetch(id, temp, expectedSize, maxContentBytes, received -> { })
                    .thenRunAsync(() -> {
                        try {
                            cache.commit(id, temp);
                        } catch (IOException e) {
                            throw new CompletionException(e);
                        }
                    }, io)
                    .whenComplete((v, failure) -> {
                        if (failure != null) {
                            try {
                                Files.deleteIfExists(temp);
                            } catch (IOException e) {
                                failure.addSuppressed(e);
                            }
                        }
                    });
        }).whenComplete((v, failure) -> {
            downloads.remove(id, created);
            if (failure != null) {
                created.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            } else {
                created.complete(null);
            }
        });
        return created;
    }

    private byte[] readCached(String id) {
        try {
            return cache.read(id);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    private Path verifiedFile(String id) {
        try {
            return cache.verifiedFile(id);
        } catch (IOException e) {
            throw new CompletionException(e);
        }
    }

    /** Runs at most {@code max} asynchronous tasks at once, the others in arrival order. */
    static final class Limiter {
        private final int max;
        private final Queue<Runnable> waiting = new ArrayDeque<>();
        private int running;

        Limiter(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("max must be >= 1, was " + max);
            }
            this.max = max;
        }

        <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> task) {
            CompletableFuture<T> result = new CompletableFuture<>();
            Runnable start = () -> {
                CompletableFuture<T> f;
                try {
                    f = task.get();
                } catch (RuntimeException e) {
                    f = CompletableFuture.failedFuture(e);
                }
                f.whenComplete((value, failure) -> {
                    finished();
                    if (failure != null) {
                        result.completeExceptionally(failure);
                    } else {
                        result.complete(value);
                    }
                });
            };
            boolean now;
            synchronized (this) {
                now = running < max;
                if (now) {
                    running++;
                } else {
                    waiting.add(start);
                }
            }
            if (now) {
                start.run();
            }
            return result;
        }

        private void finished() {
            Runnable next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    running--;
                }
            }
            if (next != null) {
                next.run();
            }
        }
    }
}
