package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.BlobChunk;

/**
 * Reads stored content from {@code offset} (0 when absent), at most {@link Limits#FETCH_CHUNK_BYTES}
 * bytes per reply. Only for content the caller may see: attached to a message in a conversation
 * they may read, an avatar, or uploaded by themselves; anything else is {@code blob_not_found}.
 */
public record FetchBlob(String id, String blob, Long offset) implements Request<BlobChunk> {
    public FetchBlob {
        Checks.requestId(id);
        Checks.blobId(blob, "blob");
        if (offset != null && offset < 0) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "offset");
        }
    }

    public long from() {
        return offset == null ? 0 : offset;
    }

    @Override
    public Class<BlobChunk> resultType() {
        return BlobChunk.class;
    }
}
