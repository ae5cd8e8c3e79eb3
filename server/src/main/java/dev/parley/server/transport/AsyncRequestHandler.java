package dev.parley.server.transport;

import dev.parley.protocol.frame.Request;
import java.util.concurrent.CompletionStage;

/**
 * Handles one request type whose result comes later (a write waiting for its group commit).
 * The reply is sent when the stage completes; the transport thread is free meanwhile. Fail the
 * stage with {@link dev.parley.protocol.ParleyException} to answer with an error code.
 */
@FunctionalInterface
public interface AsyncRequestHandler<Q extends Request<R>, R> {
    CompletionStage<R> handle(Connection connection, Q request);
}
