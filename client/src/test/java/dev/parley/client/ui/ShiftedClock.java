package dev.parley.client.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock that runs with real time but from a chosen instant, for a real server in UI tests:
 * messages can be stored "three days ago" while everything else (sessions, timeouts) sees time
 * pass as usual. Thread-safe: the server reads it on many threads.
 */
final class ShiftedClock extends Clock {
    private volatile Duration offset = Duration.ZERO;
    private final ZoneId zone;

    ShiftedClock(ZoneId zone) {
        this.zone = zone;
    }

    /** From now on, the clock reads {@code now} and runs on from there. */
    void setNow(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    /** Back to real time. */
    void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        ShiftedClock c = new ShiftedClock(other);
        c.offset = offset;
        return c;
    }
}
