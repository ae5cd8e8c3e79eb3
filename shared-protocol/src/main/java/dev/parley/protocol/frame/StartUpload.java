package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.UploadStarted;

/**
 * Starts an upload of {@code size} bytes (spec M-10, M-11): {@code kind} {@code picture} (checked
 * and re-encoded by the server) or {@code file}. The size is checked against the server's limit
 * before any byte is sent. An upload not finished within a few minutes is forgotten.
 */
public record StartUpload(String id, String name, Long size, String kind) implements Request<UploadStarted> {
    public StartUpload {
        Checks.requestId(id);
        Checks.text(name, "name", Limits.MAX_FILE_NAME_LENGTH);
        Checks.required(size, "size");
        if (size < 1) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "size");
        }
        Checks.required(kind, "kind");
        if (!kind.equals(dev.parley.protocol.model.Attachment.PICTURE) && !kind.equals(dev.parley.protocol.model.Attachment.FILE)) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "kind");
        }
    }

    @Override
    public Class<UploadStarted> resultType() {
        return UploadStarted.class;
    }
}
