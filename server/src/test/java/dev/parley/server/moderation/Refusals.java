package dev.parley.server.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Push;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions the moderation tests share: a request refused with a code, and the pushes a client received. */
final class Refusals {
    private Refusals() {
    }

    /** Runs {@code call}, asserts it was refused with {@code code} and returns the error for its params. */
    static ParleyException refused(ErrorCode code, ThrowingCallable call) {
        ParleyException e = catchThrowableOfType(call, ParleyException.class);
        if (e == null) {
            throw new AssertionError("expected the request to be refused with " + code.wireName() + ", but it succeeded");
        }
        assertThat(e.code()).isEqualTo(code);
        return e;
    }

    /** The pushes one client receives, in order. */
    static final class Pushes {
        private final BlockingQueue<Push> queue = new LinkedBlockingQueue<>();

        Pushes(ParleyClient client) {
            client.onPush(queue::add);
        }

        /** The next push of {@code type}, skipping others; fails after {@code wait}. */
        <P extends Push> P next(Class<P> type, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                Push p = queue.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (p == null) {
                    throw new AssertionError("no " + type.getSimpleName() + " push within " + wait);
                }
                if (type.isInstance(p)) {
                    return type.cast(p);
                }
            }
        }

        /** What arrived so far, without waiting. */
        List<Push> drain() {
            List<Push> all = new java.util.ArrayList<>();
            queue.drainTo(all);
            return all;
        }
    }
}
