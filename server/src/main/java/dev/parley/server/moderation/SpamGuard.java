package dev.parley.server.moderation;

import dev.parley.server.config.ModerationConfig;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Message-rate rules that need memory of recent sends (specs MOD-8, MOD-9): token-bucket rate
 * limits per user and per client address (Bucket4j, on the server's injectable clock), the
 * slowmode cooldown per user and room, and flood detection (the same text again and again).
 * Kept in memory: a restart forgets them, which costs at most one extra burst.
 */
final class SpamGuard {
    /** Buckets and trackers idle this long are dropped by {@link #sweep}. */
    private static final Duration IDLE = Duration.ofMinutes(10);

    private final ModerationConfig config;
    private final Clock clock;
    private final TimeMeter meter;
    private final Map<Long, Tracked<Bucket>> userBuckets = new ConcurrentHashMap<>();
    private final Map<String, Tracked<Bucket>> addressBuckets = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastPost = new ConcurrentHashMap<>();
    private final Map<String, Flood> floods = new ConcurrentHashMap<>();

    private record Tracked<T>(T value, Instant lastUsed) {
    }

    /** The recent repeats of one text by one user in one room, with the client ids that were counted. */
    private record Flood(String text, java.util.Set<UUID> counted, int count, Instant first) {
    }

    SpamGuard(ModerationConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.meter = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                Instant now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /**
     * Seconds to wait before this user may send again from this address (the longer of the two
     * limits), or 0 when the message may go now, in which case it is counted against both. A
     * refusal by one limit spends nothing from the other, so the wait it names is the real one.
     */
    long rate(long user, String address) {
        Bucket userBucket = config.userMessagesPerMinute() == 0 ? null : userBuckets.compute(user, (k, old) -> new Tracked<>(
                old == null ? bucket(config.userBurst(), config.userMessagesPerMinute()) : old.value(), clock.instant())).value();
        Bucket addressBucket = config.addressMessagesPerMinute() == 0 || address == null ? null
                : addressBuckets.compute(address, (k, old) -> new Tracked<>(
                old == null ? bucket(config.addressBurst(), config.addressMessagesPerMinute()) : old.value(), clock.instant())).value();
        long wait = Math.max(waitFor(userBucket), waitFor(addressBucket));
        if (wait > 0) {
            return wait;
        }
        // two sends at once may both pass the estimate; a bucket then goes briefly into debt,
        // which the next estimate accounts for
        if (userBucket != null) {
            userBucket.consumeIgnoringRateLimits(1);
        }
        if (addressBucket != null) {
            addressBucket.consumeIgnoringRateLimits(1);
        }
        return 0;
    }

    /** As {@link #rate} for the address alone (guest logins). */
    long addressRate(String address) {
        if (config.addressMessagesPerMinute() == 0) {
            return 0;
        }
        Tracked<Bucket> t = addressBuckets.compute(address, (k, old) -> new Tracked<>(
                old == null ? bucket(config.addressBurst(), config.addressMessagesPerMinute()) : old.value(), clock.instant()));
        return take(t.value());
    }

    /**
     * Slowmode: seconds left before {@code user} may post in {@code room} again, or 0, in which
     * case the post is recorded now (reserving the slot, so two sends at once cannot both pass).
     */
    long slowmode(long user, long room, int cooldownSeconds) {
        if (cooldownSeconds <= 0) {
            return 0;
        }
        Instant now = clock.instant();
        long[] wait = {0};
        lastPost.compute(user + ":" + room, (k, last) -> {
            if (last != null) {
                Instant next = last.plusSeconds(cooldownSeconds);
                if (next.isAfter(now)) {
                    wait[0] = ceilSeconds(Duration.between(now, next));
                    return last;
                }
            }
            return now;
        });
        return wait[0];
    }

    /**
     * Counts a message for flood detection; true when it is the {@code floodRepeats}-th time the
     * same text (ignoring case and spacing) came from this user in this room within the window.
     * A resend of any message counted in this run (same client message id) is not a repeat.
     */
    boolean flood(long user, long room, UUID clientMessageId, String text) {
        if (config.floodRepeats() == 0) {
            return false;
        }
        String normalized = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Duration window = Duration.ofSeconds(config.floodWindowSeconds());
        Flood f = floods.compute(user + ":" + room, (k, old) -> {
            if (old == null || !old.text().equals(normalized) || Duration.between(old.first(), now).compareTo(window) > 0) {
                return new Flood(normalized, java.util.Set.of(clientMessageId), 1, now);
            }
            if (old.counted().contains(clientMessageId)) {
                // a resend (after a reconnect) of a message already counted is not a repeat
                return old;
            }
            java.util.Set<UUID> counted = new java.util.HashSet<>(old.counted());
            counted.add(clientMessageId);
            return new Flood(normalized, java.util.Set.copyOf(counted), old.count() + 1, old.first());
        });
        if (f.count() >= config.floodRepeats()) {
            floods.remove(user + ":" + room);
            return true;
        }
        return false;
    }

    /** Drops state not used for a while, so memory follows the active users, not all who ever sent. */
    void sweep() {
        Instant cutoff = clock.instant().minus(IDLE);
        userBuckets.values().removeIf(t -> t.lastUsed().isBefore(cutoff));
        addressBuckets.values().removeIf(t -> t.lastUsed().isBefore(cutoff));
        lastPost.values().removeIf(t -> t.plus(Duration.ofSeconds(86_400)).isBefore(clock.instant()));
        floods.values().removeIf(f -> f.first().isBefore(cutoff));
    }

    private Bucket bucket(int burst, int perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(burst).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .withCustomTimePrecision(meter)
                .build();
    }

    private static long waitFor(Bucket bucket) {
        if (bucket == null) {
            return 0;
        }
        var estimate = bucket.estimateAbilityToConsume(1);
        return estimate.canBeConsumed() ? 0 : Math.max(1, ceilSeconds(Duration.ofNanos(estimate.getNanosToWaitForRefill())));
    }

    private static long take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(Duration.ofNanos(probe.getNanosToWaitForRefill())));
    }

    private static long ceilSeconds(Duration d) {
        long s = d.getSeconds();
        return d.getNano() > 0 ? s + 1 : s;
    }
}
