package dev.parley.protocol;

import java.util.Map;

/**
 * Field checks used by the compact constructors of request records, so that a frame that
 * decodes is a frame whose fields are present and within limits. Each failure names the field.
 */
public final class Checks {
    private Checks() {
    }

    public static <T> T required(T value, String field) {
        if (value == null) {
            throw ParleyException.field(ErrorCode.MISSING_FIELD, field);
        }
        return value;
    }

    /** A present string of 1..max code points. */
    public static String text(String value, String field, int max) {
        required(value, field);
        int length = value.codePointCount(0, value.length());
        if (length == 0 || length > max) {
            throw new ParleyException(ErrorCode.INVALID_FIELD,
                    Map.of("field", field, "max", Integer.toString(max)));
        }
        return value;
    }

    /** A present positive id. */
    public static long positiveId(Long value, String field) {
        required(value, field);
        if (value <= 0) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, field);
        }
        return value;
    }

    /** An optional integer within [min, max]; {@code null} becomes the default. */
    public static int range(Integer value, String field, int min, int max, int defaultValue) {
        if (value == null) {
            return defaultValue;
        }
        if (value < min || value > max) {
            throw new ParleyException(ErrorCode.INVALID_FIELD,
                    Map.of("field", field, "min", Integer.toString(min), "max", Integer.toString(max)));
        }
        return value;
    }

    /** A content id: 64 lower-case hex digits of SHA-256. */
    public static String blobId(String value, String field) {
        required(value, field);
        if (!value.matches("[0-9a-f]{64}")) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, field);
        }
        return value;
    }

    /** The request id every request carries. */
    public static String requestId(String id) {
        return text(id, "id", Limits.MAX_REQUEST_ID_LENGTH);
    }
}
