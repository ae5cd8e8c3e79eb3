package dev.parley.server.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. Failures are counted per key (the user name, and separately
 * the client address); the first {@link #FREE_FAILURES} cost nothing, after that each further
 * attempt on that key must wait twice as long as the last (1 s, 2 s, 4 s … capped at
 * {@link #MAX_LOCK}). A successful login clears the user-name key. Entries idle for
 * {@link #FORGET_AFTER} are forgotten, so memory stays bounded by recent activity.
 *
 * <p>An attempt is counted when it starts ({@link #begin}), before the slow password check, so
 * parallel attempts cannot each slip through the same unlocked moment; a success then clears
 * the user-name key and takes back its count on the other keys.
 *
 * <p>Time comes from the injected {@link Clock}, so tests advance it instead of sleeping.
 */
final class LoginThrottle {
    static final int FREE_FAILURES = 3;
    static final Duration MAX_LOCK = Duration.ofMinutes(5);
    static final Duration FORGET_AFTER = Duration.ofMinutes(30);
    private static final int MAX_ENTRIES = 100_000;

    private record Entry(int failures, Instant lockedUntil, Instant lastSeen) {
    }

    private final Clock clock;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Seconds the caller must still wait for any of the keys, or 0 if it may try now. */
    long secondsToWait(String... keys) {
        Instant now = clock.instant();
        long wait = 0;
        for (String key : keys) {
            Entry e = entries.get(key);
            if (e != null && e.lockedUntil().isAfter(now)) {
                long seconds = Duration.between(now, e.lockedUntil()).toMillis();
                wait = Math.max(wait, (seconds + 999) / 1000);
            }
        }
        return wait;
    }

    /**
     * Starts an attempt: returns the seconds to wait if any key is locked (nothing is counted),
     * else counts the attempt as a failure on every key and returns 0.
     */
    synchronized long begin(String... keys) {
        long wait = secondsToWait(keys);
        if (wait == 0) {
            failed(keys);
        }
        return wait;
    }

    synchronized void failed(String... keys) {
        Instant now = clock.instant();
        if (entries.size() > MAX_ENTRIES) {
            entries.values().removeIf(e -> e.lastSeen().plus(FORGET_AFTER).isBefore(now));
        }
        for (String key : keys) {
            entries.compute(key, (k, e) -> {
                int failures = (e == null || e.lastSeen().plus(FORGET_AFTER).isBefore(now)) ? 1 : e.failures() + 1;
                return new Entry(failures, lockUntil(failures, now), now);
            });
        }
    }

    /** The attempt begun on these keys succeeded: forget {@code key}, take the count back from the others. */
    synchronized void succeeded(String key, String... otherKeys) {
        entries.remove(key);
        for (String other : otherKeys) {
            entries.computeIfPresent(other, (k, e) -> e.failures() <= 1 ? null
                    : new Entry(e.failures() - 1, lockUntil(e.failures() - 1, e.lastSeen()), e.lastSeen()));
        }
    }

    private static Instant lockUntil(int failures, Instant from) {
        if (failures <= FREE_FAILURES) {
            return from;
        }
        long seconds = 1L << Math.min(failures - FREE_FAILURES - 1, 20);
        return from.plus(Duration.ofSeconds(Math.min(seconds, MAX_LOCK.toSeconds())));
    }
}
