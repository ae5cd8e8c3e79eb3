package dev.parley.server.transport;

import dev.parley.protocol.frame.Request;

/**
 * Handles one request type: frame in, result out. Throw {@link dev.parley.protocol.ParleyException}
 * to answer with an error code; anything else becomes {@code internal} and is logged.
 */
@FunctionalInterface
public interface RequestHandler<Q extends Request<R>, R> {
    R handle(Connection connection, Q request);
}
