package dev.parley.client.i18n;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Turns a failure into text the user can read: a server error code becomes
 * {@code error.<code>}; an unreachable server, a lost connection, a timeout and a malformed
 * address get their own keys; anything else is "unexpected error". Never a stack trace.
 *
 * <p>Error texts take the same positional arguments whatever the code, so translators can use
 * any of them: {0} field, {1} max, {2} min, {3} retry-after seconds, {4} supported version.
 */
public final class ErrorTexts {
    public static final String CANNOT_REACH_SERVER = "error.cannot_reach_server";
    public static final String CONNECTION_LOST = "error.connection_lost";
    public static final String TIMEOUT = "error.timeout";
    public static final String BAD_ADDRESS = "error.bad_address";
    public static final String UNEXPECTED = "error.unexpected";

    private ErrorTexts() {
    }

    /** The bundle key of a protocol error code. */
    public static String key(ErrorCode code) {
        return "error." + code.wireName();
    }

    public static UiText of(ErrorCode code, Map<String, String> params) {
        return UiText.of(key(code), param(params, "field"), param(params, "max"), param(params, "min"),
                param(params, "retryAfterSeconds"), param(params, "supported"));
    }

    /** The text for a failure of a request; {@code connecting} tells "cannot reach" from "lost". */
    public static UiText of(Throwable failure, boolean connecting) {
        Throwable t = unwrap(failure);
        if (t instanceof ParleyException pe) {
            return of(pe.code(), pe.params());
        }
        if (t instanceof IllegalArgumentException) {
            return UiText.of(BAD_ADDRESS);
        }
        if (hasCause(t, TimeoutException.class)) {
            return UiText.of(TIMEOUT);
        }
        if (connecting && (hasCause(t, ConnectException.class) || hasCause(t, UnknownHostException.class) || t instanceof IOException)) {
            return UiText.of(CANNOT_REACH_SERVER);
        }
        if (t instanceof IOException) {
            return UiText.of(CONNECTION_LOST);
        }
        return UiText.of(UNEXPECTED);
    }

    private static Throwable unwrap(Throwable t) {
        Throwable current = t;
        while ((current instanceof ExecutionException || current instanceof CompletionException
                || current instanceof java.io.UncheckedIOException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static String param(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null ? "" : value;
    }
}
