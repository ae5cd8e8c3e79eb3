package dev.parley.server.transport;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.FrameCodec;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.ErrorReply;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.Ok;
import dev.parley.protocol.frame.Request;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one edge where frames become handler calls and failures become error frames.
 *
 * <p>Features register a handler per request type, saying whether it needs a logged-in user.
 * Every incoming text is decoded and validated by the codec; a bad frame, an unauthenticated
 * request or a handler's {@link ParleyException} is answered with its code and the connection
 * carries on. Unexpected exceptions are logged once, with the connection, and answered with
 * {@code internal}. The dispatcher counts requests in flight so shutdown can wait for them.
 */
public final class Dispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(Dispatcher.class);

    /** Who may send a request type. */
    public enum Access {
        /** Allowed before login (hello, register, login, resume). */
        ANYONE,
        /** Needs a logged-in connection; otherwise {@code not_authenticated}. */
        USER
    }

    private record Route(Access access, AsyncRequestHandler<?, ?> handler) {
    }

    private final FrameCodec codec;
    private final Topics topics;
    private final Map<Class<?>, Route> routes = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final RequestMetrics metrics = new RequestMetrics();
    /**
     * Requests one connection may have waiting for replies. Bounds what a single client can put
     * in front of everyone else (the group-commit queue is shared).
     */
    public static final int MAX_IN_FLIGHT_PER_CONNECTION = 256;
    private volatile boolean draining;

    /** @param topics whose lanes carry the replies, so they keep their order with pushes */
    public Dispatcher(FrameCodec codec, Topics topics) {
        this.codec = codec;
        this.topics = topics;
    }

    /** Registers the handler of one request type. */
    public <Q extends Request<R>, R> void register(Class<Q> type, Access access, RequestHandler<Q, R> handler) {
        registerAsync(type, access, (c, q) -> CompletableFuture.completedFuture(handler.handle(c, q)));
    }

    /** Registers a handler whose result completes later; its reply is sent then. */
    public <Q extends Request<R>, R> void registerAsync(Class<Q> type, Access access, AsyncRequestHandler<Q, R> handler) {
        if (routes.putIfAbsent(type, new Route(access, handler)) != null) {
            throw new IllegalStateException("two handlers for " + type.getSimpleName());
        }
    }

    /** Time per request type (for the shutdown log and the bench). */
    public RequestMetrics metrics() {
        return metrics;
    }

    /** Handles one incoming text frame and sends exactly one reply (or none for non-requests). */
    void dispatch(Connection connection, String text) {
        long arrived = System.nanoTime();
        FrameCodec.Decoded decoded;
        try {
            decoded = codec.decodeWithId(text);
        } catch (FrameCodec.DecodeException e) {
            LOG.debug("{} sent a bad frame: {}", connection, e.error().code().wireName());
            reply(connection, new ErrorReply(e.requestId(), e.error().code(), e.error().params()));
            return;
        }
        if (!(decoded.frame() instanceof Request<?> request)) {
            // a client sent a reply or push frame: not something it may send
            reply(connection, new ErrorReply(decoded.id(), ErrorCode.UNKNOWN_TYPE, Map.of()));
            return;
        }
        handle(connection, request, arrived);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handle(Connection connection, Request<?> request, long arrived) {
        Route route = routes.get(request.getClass());
        if (route == null) {
            reply(connection, new ErrorReply(request.id(), ErrorCode.UNKNOWN_TYPE, Map.of()));
            return;
        }
        if (route.access() == Access.USER && !connection.isAuthenticated()) {
            reply(connection, new ErrorReply(request.id(), ErrorCode.NOT_AUTHENTICATED, Map.of()));
            return;
        }
        if (connection.inFlight().incrementAndGet() > MAX_IN_FLIGHT_PER_CONNECTION) {
            connection.inFlight().decrementAndGet();
            reply(connection, new ErrorReply(request.id(), ErrorCode.TOO_MANY_REQUESTS,
                    Map.of("max", Integer.toString(MAX_IN_FLIGHT_PER_CONNECTION))));
            return;
        }
        inFlight.incrementAndGet();
        CompletionStage<Object> stage;
        try {
            if (draining) {
                throw new ParleyException(ErrorCode.INTERNAL, Map.of("reason", "shutting down"));
            }
            stage = ((AsyncRequestHandler) route.handler()).handle(connection, request);
            if (stage == null) {
                throw new IllegalStateException("handler of " + request.getClass().getSimpleName() + " returned no result");
            }
        } catch (RuntimeException | LinkageError e) {
            // a LinkageError (a stale build) must still get a reply and leave the in-flight count
            stage = CompletableFuture.failedFuture(e);
        }
        stage.whenComplete((result, failure) -> {
            try {
                reply(connection, failure == null ? new Ok(request.id(), codec.tree(result)) : error(connection, request, failure));
            } catch (RuntimeException encodeFailed) {
                LOG.error("{}: reply to {} could not be encoded: {}", connection, request.getClass().getSimpleName(),
                        summary(encodeFailed));
                reply(connection, new ErrorReply(request.id(), ErrorCode.INTERNAL, Map.of()));
            } finally {
                inFlight.decrementAndGet();
                connection.inFlight().decrementAndGet();
                metrics.record(request.getClass().getSimpleName(), System.nanoTime() - arrived);
            }
        });
    }

    private static ErrorReply error(Connection connection, Request<?> request, Throwable failure) {
        Throwable e = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (e instanceof ParleyException pe) {
            return new ErrorReply(request.id(), pe.code(), pe.params());
        }
        // the stack trace (whose causes may quote user data) only at debug level
        LOG.error("{} failed on {}: {}", connection, request.getClass().getSimpleName(), summary(e));
        LOG.debug("failure detail", e);
        return new ErrorReply(request.id(), ErrorCode.INTERNAL, Map.of());
    }

    private static String summary(Throwable e) {
        if (e instanceof dev.parley.server.storage.StorageException) {
            return e.getMessage();
        }
        StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        return e.getClass().getName() + (top == null ? "" : " at " + top);
    }

    private void reply(Connection connection, Frame reply) {
        topics.sendTo(connection, codec.encode(reply));
    }

    /**
     * Refuses new requests and waits up to {@code timeoutMillis} for those in flight to finish,
     * so that shutdown never closes the database under a write.
     */
    void drain(long timeoutMillis) {
        draining = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (inFlight.get() > 0) {
            LOG.warn("shutdown: {} requests still running after {} ms", inFlight.get(), timeoutMillis);
        }
    }
}
