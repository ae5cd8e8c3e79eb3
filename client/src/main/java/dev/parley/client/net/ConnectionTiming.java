package dev.parley.client.net;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The time a {@link ServerConnection}'s supervisor keeps: the wall clock (silence and a
 * suspended process are measured on it), where its scheduler comes from (one per logged-in
 * connection, shut down when it closes) and the random source of the jitter. The desktop uses
 * {@link #system()}; tests pass a manual clock and scheduler and no jitter.
 */
public record ConnectionTiming(Clock clock, Supplier<Scheduler> schedulers, DoubleSupplier random) {

    /** The system clock, a {@link SystemScheduler} per connection, random jitter. */
    public static ConnectionTiming system() {
        return new ConnectionTiming(Clock.systemUTC(), SystemScheduler::new, () -> ThreadLocalRandom.current().nextDouble());
    }
}
