package dev.parley.protocol;

import java.util.Map;

/**
 * A failure that has a protocol error code. The server turns it into an {@code error} frame at
 * one edge; the headless client completes a request's future with it when the server answers
 * with {@code error}. Parameters are small, non-secret facts (a field name, a limit).
 */
public class ParleyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final transient Map<String, String> params;

    public ParleyException(ErrorCode code) {
        this(code, Map.of());
    }

    public ParleyException(ErrorCode code, Map<String, String> params) {
        super(code.wireName() + (params.isEmpty() ? "" : " " + params));
        this.code = code;
        this.params = Map.copyOf(params);
    }

    public ParleyException(ErrorCode code, Map<String, String> params, Throwable cause) {
        super(code.wireName() + (params.isEmpty() ? "" : " " + params), cause);
        this.code = code;
        this.params = Map.copyOf(params);
    }

    /** Shorthand for a missing or invalid field. */
    public static ParleyException field(ErrorCode code, String field) {
        return new ParleyException(code, Map.of("field", field));
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, String> params() {
        return params;
    }
}
