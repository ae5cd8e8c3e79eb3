package dev.parley.client.net;

import java.time.Duration;

/**
 * Runs tasks later, off the UI thread: the seam through which the {@link ConnectionSupervisor}
 * waits between reconnect attempts and beats its heartbeat. The desktop uses
 * {@link SystemScheduler} (one daemon thread); tests use a manual scheduler that runs what is due
 * when the test advances its time, so backoff and heartbeat tests never sleep.
 */
public interface Scheduler {

    /** Runs {@code task} once after {@code delay} (zero: as soon as possible). */
    Task schedule(Duration delay, Runnable task);

    /** Stops running tasks; tasks not yet run are dropped. */
    void shutdown();

    /** A scheduled task. */
    interface Task {
        /** Keeps the task from running, if it has not started. */
        void cancel();
    }
}
