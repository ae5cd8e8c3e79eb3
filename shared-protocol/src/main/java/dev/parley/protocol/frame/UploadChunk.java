package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.UploadProgress;

/**
 * The next piece of an upload: {@code data} is base64 of at most {@link Limits#UPLOAD_CHUNK_BYTES}
 * bytes, {@code offset} must equal the bytes received so far (a repeated chunk is refused, not
 * stored twice).
 */
public record UploadChunk(String id, String upload, Long offset, String data) implements Request<UploadProgress> {
    public UploadChunk {
        Checks.requestId(id);
        Checks.text(upload, "upload", Limits.MAX_SHORT_TEXT_LENGTH);
        Checks.required(offset, "offset");
        if (offset < 0) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "offset");
        }
        Checks.required(data, "data");
        if (data.isEmpty() || data.length() > (Limits.UPLOAD_CHUNK_BYTES + 2) / 3 * 4) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "data");
        }
    }

    @Override
    public Class<UploadProgress> resultType() {
        return UploadProgress.class;
    }
}
