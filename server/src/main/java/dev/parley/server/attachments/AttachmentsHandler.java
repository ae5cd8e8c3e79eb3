package dev.parley.server.attachments;

import dev.parley.protocol.frame.FetchBlob;
import dev.parley.protocol.frame.FinishUpload;
import dev.parley.protocol.frame.StartUpload;
import dev.parley.protocol.frame.UploadChunk;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.Dispatcher.Access;

/**
 * Frames of pictures and files: {@code upload}, {@code upload_chunk}, {@code upload_done} (its
 * reply waits for the picture pipeline and the commit, off the transport thread) and
 * {@code fetch}. Uploads belong to the connection they were started on.
 */
public final class AttachmentsHandler {
    private final AttachmentsService attachments;

    public AttachmentsHandler(AttachmentsService attachments) {
        this.attachments = attachments;
    }

    public void register(Dispatcher d) {
        d.register(StartUpload.class, Access.USER, (c, q) -> attachments.start(c.id(), c.userId(), q.name(), q.size(), q.kind()));
        d.register(UploadChunk.class, Access.USER, (c, q) -> attachments.chunk(c.id(), q.upload(), q.offset(), q.data()));
        d.registerAsync(FinishUpload.class, Access.USER, (c, q) -> attachments.finish(c.id(), c.userId(), q.upload(), q.sha256()));
        d.register(FetchBlob.class, Access.USER, (c, q) -> attachments.fetch(c.userId(), q.blob(), q.from()));
    }
}
