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

    void failed(String... keys) {
        Instant now = clock.instant();
        if (entries.size() > MAX_ENTRIES) {
            entries.values().removeIf(e -> e.lastSeen().plus(FORGET_AFTER).isBefore(now));
        }
        for (String key : keys) {
            entries.compute(key, (k, e) -> {
                int failures = (e == null || e.lastSeen().plus(FORGET_AFTER).isBefore(now)) ? 1 : e.failures() + 1;
                Instant lockedUntil = now;
                if (failures > FREE_FAILURES) {
                    long seconds = 1L << Math.min(failures - FREE_FAILURES - 1, 20);
                    lockedUntil = now.plus(Duration.ofSeconds(Math.min(seconds, MAX_LOCK.toSeconds())));
                }
                return new Entry(failures, lockedUntil, now);
            });
        }
    }

    void succeeded(String key) {
        entries.remove(key);
    }
}
