package dev.parley.server.attachments;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where pictures are decoded and re-encoded: off the transport threads, at most one picture per
 * worker thread (one per core by default), and within a memory budget. Decoding is the one thing
 * in the server whose memory grows with its input (up to 4 bytes a pixel, more for 16-bit PNGs,
 * plus copies for turning and scaling), so each job first takes its estimated bytes from the
 * budget and waits while others hold it; a job larger than the whole budget runs alone.
 *
 * <p>Jobs wait in a bounded queue; when it is full a new one fails with {@code internal}
 * ({@code reason: busy}) at once instead of piling up.
 */
final class PictureWork implements AutoCloseable {
    /** Bytes a job is assumed to need per pixel: the decoded picture, one copy, the scaled steps. */
    static final long BYTES_PER_PIXEL = 10;
    private static final int QUEUED = 64;
    private static final long MIB = 1024 * 1024;

    private final ThreadPoolExecutor pool;
    private final Semaphore budget;
    private final int budgetMib;

    /**
     * @param threads     pictures processed at once
     * @param budgetBytes memory the jobs running at once may take together
     */
    PictureWork(int threads, long budgetBytes) {
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUED), r -> {
            Thread t = new Thread(r, "parley-pictures-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.budgetMib = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budgetBytes / MIB));
        this.budget = new Semaphore(budgetMib, true);
    }

    /** One worker per core, half the heap as the budget. */
    static PictureWork forThisMachine() {
        return new PictureWork(Math.max(1, Runtime.getRuntime().availableProcessors()), Runtime.getRuntime().maxMemory() / 2);
    }

    /** Runs {@code job}, which needs about {@code pixels} × {@link #BYTES_PER_PIXEL} bytes, on a worker. */
    <T> CompletableFuture<T> submit(long pixels, Callable<T> job) {
        CompletableFuture<T> result = new CompletableFuture<>();
        int mib = (int) Math.min(budgetMib, Math.max(1, pixels * BYTES_PER_PIXEL / MIB));
        try {
            pool.execute(() -> {
                try {
                    budget.acquire(mib);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    result.completeExceptionally(new ParleyException(ErrorCode.INTERNAL, Map.of("reason", "shutting down")));
                    return;
                }
                try {
                    result.complete(job.call());
                } catch (Exception | OutOfMemoryError e) {
                    // an OutOfMemoryError here is one picture's (the budget was misjudged): fail
                    // that upload, keep the server
                    result.completeExceptionally(e);
                } finally {
                    budget.release(mib);
                }
            });
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new ParleyException(ErrorCode.INTERNAL,
                    Map.of("reason", pool.isShutdown() ? "shutting down" : "busy")));
        }
        return result;
    }

    /** Lets running jobs finish (a few seconds at most), then stops the workers. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }
}
