package dev.parley.server.storage;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Single-thread executors with a bounded queue whose {@code execute} waits while the queue is
 * full, instead of growing without bound or running the task on the caller (which would break
 * the order of tasks). Used where a producer must slow down with its consumer.
 */
public final class BlockingExecutors {
    private BlockingExecutors() {
    }

    /** One daemon thread named {@code name}, at most {@code capacity} tasks waiting. */
    public static ExecutorService single(String name, int capacity) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(capacity), r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        }, (task, executor) -> {
            if (executor.isShutdown()) {
                throw new RejectedExecutionException(name + " is shut down");
            }
            try {
                executor.getQueue().put(task);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException("interrupted while waiting for " + name, e);
            }
        });
    }
}
