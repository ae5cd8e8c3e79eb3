package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Push;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Assertions the integration tests of private chats, read state and presence share: a request
 * refused with a code, the pushes one client received (in order), and polling with a deadline.
 */
public final class Expect {
    /** How long a push or a condition may take before the test fails. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private Expect() {
    }

    /** Runs {@code call}, asserts it was refused with {@code code} and returns the error for its params. */
    public static ParleyException refused(ErrorCode code, ThrowingCallable call) {
        ParleyException e = catchThrowableOfType(ParleyException.class, call);
        if (e == null) {
            throw new AssertionError("expected the request to be refused with " + code.wireName() + ", but it succeeded");
        }
        assertThat(e.code()).as("error code (params %s)", e.params()).isEqualTo(code);
        return e;
    }

    /** Waits until {@code condition} holds; fails after {@link #WAIT}. */
    public static void eventually(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT + ": " + what);
            }
            Thread.sleep(20);
        }
    }

    /** The pushes one client receives, recorded from the moment this is made, in order. */
    public static final class Pushes {
        private final BlockingQueue<Push> queue = new LinkedBlockingQueue<>();
        private final List<Push> seen = new ArrayList<>();

        public Pushes(ParleyClient client) {
            client.onPush(queue::add);
        }

        /** The next push of {@code type} matching {@code which}, remembering the ones skipped; fails after {@link #WAIT}. */
        public <P extends Push> P next(Class<P> type, Predicate<P> which) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                Push p = queue.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (p == null) {
                    throw new AssertionError("no matching " + type.getSimpleName() + " push within " + WAIT + "; had " + seen);
                }
                seen.add(p);
                if (type.isInstance(p) && which.test(type.cast(p))) {
                    return type.cast(p);
                }
            }
        }

        public <P extends Push> P next(Class<P> type) throws InterruptedException {
            return next(type, p -> true);
        }

        /** Every push received so far (the ones {@link #next} went through, then those waiting). */
        public List<Push> all() {
            queue.drainTo(seen);
            return List.copyOf(seen);
        }

        /** The pushes of {@code type} received so far. */
        public <P extends Push> List<P> all(Class<P> type) {
            return all().stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
