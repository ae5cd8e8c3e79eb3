package dev.parley.server.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.DeleteMessage;
import dev.parley.protocol.frame.EditMessage;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.MessageVersions;
import dev.parley.protocol.frame.Push;
import dev.parley.protocol.frame.React;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.frame.Vote;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageHistory;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.VoteResult;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The requests of the messages feature as one-line calls, and the assertions its tests share. */
final class Calls {
    private Calls() {
    }

    static MessageInfo send(ParleyClient c, long room, String text, boolean anonymous, Long replyTo) {
        return c.await(id -> new SendMessage(id, room, UUID.randomUUID(), text, anonymous ? Boolean.TRUE : null, replyTo, null));
    }

    static MessageInfo reply(ParleyClient c, long room, String text, long replyTo) {
        return send(c, room, text, false, replyTo);
    }

    static MessageInfo anonymous(ParleyClient c, long room, String text) {
        return send(c, room, text, true, null);
    }

    static MessageInfo edit(ParleyClient c, long message, String text) {
        return c.await(id -> new EditMessage(id, message, text));
    }

    static MessageHistory versions(ParleyClient c, long message) {
        return c.await(id -> new MessageVersions(id, message));
    }

    static MessageInfo delete(ParleyClient c, long message) {
        return c.await(id -> new DeleteMessage(id, message));
    }

    static VoteResult vote(ParleyClient c, long message, int value) {
        return c.await(id -> new Vote(id, message, value));
    }

    static Reaction react(ParleyClient c, long message, String emoji, boolean on) {
        return c.await(id -> new React(id, message, emoji, on));
    }

    static HistoryPage after(ParleyClient c, long room, long after, int limit) {
        return c.await(id -> new FetchHistory(id, room, null, after, null, limit));
    }

    static HistoryPage around(ParleyClient c, long room, long around, int limit) {
        return c.await(id -> new FetchHistory(id, room, null, null, around, limit));
    }

    /** The message with {@code id} in the newest page {@code reader} gets. */
    static MessageInfo seenBy(ParleyClient reader, long room, long id) {
        return reader.history(room, null, 100).messages().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
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

        /** The next push of {@code type}, skipping others; fails after a few seconds. */
        <P extends Push> P next(Class<P> type) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (true) {
                long left = deadline - System.nanoTime();
                Push p = queue.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (p == null) {
                    throw new AssertionError("no " + type.getSimpleName() + " push in time");
                }
                if (type.isInstance(p)) {
                    return type.cast(p);
                }
            }
        }

        /**
         * The pushes of {@code type} that arrived so far. Call after a request on the same
         * connection has been answered: frames to one connection keep their order, so every push
         * produced before that reply is already here.
         */
        <P extends Push> List<P> arrived(Class<P> type) {
            List<Push> all = new java.util.ArrayList<>();
            queue.drainTo(all);
            return all.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
