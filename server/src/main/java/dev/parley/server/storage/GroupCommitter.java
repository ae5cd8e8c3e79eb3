package dev.parley.server.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for writes that are acknowledged to clients: one writer thread takes every unit
 * of work queued since its last round, runs them in one transaction (each in its own savepoint,
 * so one failing unit does not undo the others), commits, makes the batch durable (see
 * {@link Durability}), and only then completes each unit's future.
 *
 * <p>Why: H2 keeps recent commits in memory for up to a second, so an acknowledgement right
 * after {@code COMMIT} can be lost on {@code kill -9}. Making every single write durable costs a
 * file write each; batching what arrived while the previous batch was being written pays that
 * cost once per batch, so durability does not cost throughput. No unit waits for a timer: a
 * lone write goes out at once, and batches grow only under load.
 *
 * <p>Hazard: work runs on the writer thread, so it must be short SQL only — never wait on
 * anything that could itself wait for this writer.
 */
public final class GroupCommitter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);
    /** Most units in one transaction; bounds the time one batch holds the writer. */
    static final int MAX_BATCH = 512;
    /** Units waiting before submit refuses more (back-pressure instead of unbounded memory). */
    static final int MAX_QUEUED = 20_000;
    /** Committed batches whose futures wait to be completed before the writer pauses. */
    static final int MAX_BATCHES_WAITING_FOR_ACK = 64;

    private record Unit<T>(SqlWork<T> work, CompletableFuture<T> future) {
        /** Runs the work; returns what completes its future once the batch is durable. */
        Runnable run(Connection c) throws SQLException {
            T result = work.run(c);
            return () -> future.complete(result);
        }
    }

    private final Database db;
    private final Durability durability;
    private final BlockingQueue<Unit<?>> queue = new ArrayBlockingQueue<>(MAX_QUEUED);
    // Futures are completed off the writer thread: their dependents (replies, fan-out) must not
    // delay the next batch. One task per batch keeps acknowledgements in commit order.
    // Bounded, and the writer waits when it is full: back-pressure reaches submit() (which then
    // refuses with "write queue full") instead of the heap growing under sustained overload.
    private final ExecutorService acks = BlockingExecutors.single("parley-ack", MAX_BATCHES_WAITING_FOR_ACK);
    private final Thread writer;
    private volatile boolean running = true;
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong units = new AtomicLong();

    public GroupCommitter(Database db, Durability durability) {
        this.db = db;
        this.durability = durability;
        this.writer = new Thread(this::loop, "parley-group-commit");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Queues {@code work}; the future completes with its result once the batch holding it is
     * committed and durable, or fails with the work's own exception, or with
     * {@link StorageException} when the batch could not be committed or the queue is full.
     */
    public <T> CompletableFuture<T> submit(SqlWork<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (!running || !queue.offer(new Unit<>(work, future))) {
            future.completeExceptionally(new StorageException(running
                    ? "write queue full (" + MAX_QUEUED + " waiting)" : "storage is shutting down", null));
        }
        return future;
    }

    /**
     * {@link #submit} and wait on the calling thread, for writes whose caller answers only once
     * they are durable. Failures come as from {@link Database#inTransaction}: the work's own
     * runtime exception, or {@link StorageException} with the {@code SQLException} as cause.
     */
    public <T> T submitAndWait(SqlWork<T> work) {
        try {
            return submit(work).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof SQLException sql) {
                throw new StorageException("write failed: " + Database.describe(sql), sql);
            }
            throw new StorageException("write failed", cause);
        }
    }

    private void loop() {
        List<Unit<?>> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Unit<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } finally {
                batch.clear();
            }
        }
        // a unit offered while the writer was stopping must not wait forever
        List<Unit<?>> orphans = new ArrayList<>();
        queue.drainTo(orphans);
        StorageException stopped = new StorageException("storage is shutting down", null);
        orphans.forEach(unit -> unit.future().completeExceptionally(stopped));
    }

    private void write(List<Unit<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        try {
            db.inTransaction(c -> {
                for (Unit<?> unit : batch) {
                    Savepoint savepoint = c.setSavepoint();
                    try {
                        completions.add(unit.run(c));
                        c.releaseSavepoint(savepoint);
                    } catch (SQLException | RuntimeException failed) {
                        // only this unit is undone; its caller gets its own failure
                        c.rollback(savepoint);
                        completions.add(() -> unit.future().completeExceptionally(failed));
                    }
                }
                return null;
            });
            db.makeDurable(durability);
            batches.incrementAndGet();
            units.addAndGet(batch.size());
            acks.execute(() -> completions.forEach(Runnable::run));
        } catch (Throwable e) {
            // also an Error (out of memory…): fail this batch and keep the writer alive, so later
            // sends get an answer instead of hanging forever
            LOG.error("group commit of {} writes failed: {}", batch.size(),
                    e instanceof StorageException ? e.getMessage() : e.getClass().getName());
            StorageException failure = e instanceof StorageException se ? se : new StorageException("group commit failed", e);
            acks.execute(() -> batch.forEach(unit -> unit.future().completeExceptionally(failure)));
        }
    }

    /** Batches and units written so far (for the bench and logs). */
    public String stats() {
        return "batches=" + batches + ", units=" + units + ", queued=" + queue.size();
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        running = false;
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            LOG.warn("group commit writer still busy at shutdown ({})", stats());
        }
        acks.shutdown();
        try {
            acks.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
