package dev.parley.protocol.frame;

import dev.parley.protocol.ErrorCode;
import java.util.Map;

/**
 * Failure answer: a stable {@link ErrorCode} and small parameters, never display text (the
 * client translates the code). {@code id} is null only when the frame was so broken that its
 * id could not be read.
 */
public record ErrorReply(String id, ErrorCode code, Map<String, String> params) implements Reply {
    public ErrorReply {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
