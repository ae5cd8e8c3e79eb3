package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Attachment;

/**
 * Ends an upload: {@code sha256} (hex) of every byte sent must match what the server received. The
 * server then checks the content (pictures: type from the content, dimensions before decoding,
 * re-encoded without metadata, thumbnail made) and stores it. The reply's {@code id} goes into
 * {@code send} (or {@code update_profile} as an avatar).
 */
public record FinishUpload(String id, String upload, String sha256) implements Request<Attachment> {
    public FinishUpload {
        Checks.requestId(id);
        Checks.text(upload, "upload", Limits.MAX_SHORT_TEXT_LENGTH);
        Checks.blobId(sha256, "sha256");
    }

    @Override
    public Class<Attachment> resultType() {
        return Attachment.class;
    }
}
