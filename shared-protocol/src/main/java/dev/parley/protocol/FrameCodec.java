package dev.parley.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.Ok;
import java.util.Map;

/**
 * Turns text frames into {@link Frame} records and back, mapping every way a frame can be bad
 * to an {@link ErrorCode}. Decoding first reads a bounded JSON tree (so the request id can be
 * recovered for the error reply even when the rest of the frame is wrong), then binds it.
 */
public final class FrameCodec {
    private final ObjectMapper mapper;
    private final ObjectWriter frameWriter;
    private final int maxFrameBytes;

    /** The server's codec: reads client frames of at most {@link Limits#MAX_FRAME_BYTES}. */
    public FrameCodec() {
        this(Json.mapper(), Limits.MAX_FRAME_BYTES);
    }

    /** A client's codec: reads server frames of at most {@link Limits#MAX_SERVER_FRAME_BYTES}. */
    public static FrameCodec forClient() {
        return new FrameCodec(Json.mapper(), Limits.MAX_SERVER_FRAME_BYTES);
    }

    public FrameCodec(ObjectMapper mapper, int maxFrameBytes) {
        this.mapper = mapper;
        this.frameWriter = mapper.writerFor(Frame.class);
        this.maxFrameBytes = maxFrameBytes;
    }

    /** Encodes a frame as JSON text. */
    public String encode(Frame frame) {
        try {
            return frameWriter.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("frame cannot be encoded: " + frame.getClass().getSimpleName(), e);
        }
    }

    /** The result of an {@code ok} read as the type the request expects. */
    public <R> R result(Ok ok, Class<R> type) {
        try {
            return mapper.treeToValue(ok.result(), type);
        } catch (JsonProcessingException e) {
            throw new ParleyException(ErrorCode.MALFORMED_FRAME, Map.of("field", "result"), e);
        }
    }

    /** Any value as a JSON tree, for an {@code ok} result. */
    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    /** A decoded frame with the {@code id} its text carried (null if none), whatever its type. */
    public record Decoded(Frame frame, String id) {
    }

    /**
     * Decodes one text frame.
     *
     * @throws DecodeException with the error code and, when it could be read, the request id
     */
    public Frame decode(String text) {
        return decodeWithId(text).frame();
    }

    /**
     * Decodes one text frame and keeps the {@code id} it carried, so that even a frame a client
     * may not send (a reply or a push) can be answered with its id.
     *
     * @throws DecodeException with the error code and, when it could be read, the request id
     */
    public Decoded decodeWithId(String text) {
        if (!Utf8.fits(text, maxFrameBytes)) {
            throw new DecodeException(null, new ParleyException(ErrorCode.FRAME_TOO_LARGE,
                    Map.of("max", Integer.toString(maxFrameBytes))));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new DecodeException(null, new ParleyException(ErrorCode.LIMIT_EXCEEDED, Map.of(), e));
        } catch (NumberFormatException e) {
            // decimals are read exactly; an exponent beyond int range (1e2147483648) cannot be
            // (found by FrameCodecFuzzTest)
            throw new DecodeException(null, new ParleyException(ErrorCode.LIMIT_EXCEEDED, Map.of(), e));
        } catch (JsonProcessingException e) {
            ErrorCode code = e.getMessage() != null && e.getMessage().startsWith("Duplicate field")
                    ? ErrorCode.LIMIT_EXCEEDED : ErrorCode.MALFORMED_FRAME;
            throw new DecodeException(null, new ParleyException(code, Map.of(), e));
        }
        if (tree == null || !tree.isObject()) {
            throw new DecodeException(null, new ParleyException(ErrorCode.MALFORMED_FRAME));
        }
        JsonNode idNode = tree.get("id");
        String id = idNode != null && idNode.isTextual() && idNode.textValue().length() <= Limits.MAX_REQUEST_ID_LENGTH
                ? idNode.textValue() : null;
        JsonNode typeNode = tree.get("type");
        if (typeNode == null || !typeNode.isTextual()) {
            throw new DecodeException(id, new ParleyException(ErrorCode.UNKNOWN_TYPE));
        }
        try {
            return new Decoded(mapper.treeToValue(tree, Frame.class), id);
        } catch (InvalidTypeIdException e) {
            throw new DecodeException(id, new ParleyException(ErrorCode.UNKNOWN_TYPE,
                    Map.of("type", clip(typeNode.textValue())), e));
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof ParleyException pe) {
                throw new DecodeException(id, pe);
            }
            throw new DecodeException(id, new ParleyException(ErrorCode.INVALID_FIELD, Map.of("field", fieldOf(e)), e));
        } catch (JsonMappingException e) {
            throw new DecodeException(id, new ParleyException(ErrorCode.INVALID_FIELD,
                    Map.of("field", fieldOf(e)), e));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new DecodeException(id, new ParleyException(ErrorCode.INVALID_FIELD, Map.of(), e));
        }
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.length() == 0 ? "?" : clip(path.toString());
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40);
    }

    /** A frame that could not be decoded: the error to answer with and the id to answer to. */
    public static final class DecodeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String requestId;
        private final ParleyException error;

        public DecodeException(String requestId, ParleyException error) {
            super(error.getMessage(), error);
            this.requestId = requestId;
            this.error = error;
        }

        /** The request id if it could be read, else null. */
        public String requestId() {
            return requestId;
        }

        public ParleyException error() {
            return error;
        }
    }
}
