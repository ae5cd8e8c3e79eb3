package dev.parley.bench;

/**
 * The fixed, open-loop timetable of sends: message {@code k} is due at
 * {@code start + k / rate} seconds and goes out through sender {@code k mod senders}, so the
 * total rate is spread evenly over the senders.
 *
 * <p>Open loop is what keeps the latency honest: a message's latency is measured from the time
 * it was due, not from when a busy sender got round to it, so a stalled server shows up in the
 * numbers instead of silently slowing the load down ("coordinated omission"). Pure arithmetic,
 * no clock, so the timetable is unit-tested without sleeping.
 */
final class Schedule {
    private final long startNanos;
    private final double periodNanos;
    private final int senders;

    /**
     * @param startNanos     {@link System#nanoTime()} at which message 0 is due
     * @param ratePerSecond  total messages per second over all senders, &gt; 0
     * @param senders        number of sending connections, &gt; 0
     */
    Schedule(long startNanos, double ratePerSecond, int senders) {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("rate must be a positive number of messages per second, was " + ratePerSecond);
        }
        if (senders < 1) {
            throw new IllegalArgumentException("senders must be at least 1, was " + senders);
        }
        this.startNanos = startNanos;
        this.periodNanos = 1e9 / ratePerSecond;
        this.senders = senders;
    }

    /** When message {@code k} (0-based) is due, in {@link System#nanoTime()} terms. */
    long dueNanos(long k) {
        return startNanos + Math.round(k * periodNanos);
    }

    /** Which sender (0-based) sends message {@code k}. */
    int senderOf(long k) {
        return (int) (k % senders);
    }

    /** How many messages are due strictly before {@code nanos}: the index of the first one due at or after it. */
    long firstDueAtOrAfter(long nanos) {
        if (nanos <= startNanos) {
            return 0;
        }
        long k = (long) Math.ceil((nanos - startNanos) / periodNanos);
        // correct the rounding of dueNanos at the boundary
        while (k > 0 && dueNanos(k - 1) >= nanos) {
            k--;
        }
        while (dueNanos(k) < nanos) {
            k++;
        }
        return k;
    }
}
