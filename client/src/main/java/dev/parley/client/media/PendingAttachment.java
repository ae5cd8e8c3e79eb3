package dev.parley.client.media;

import dev.parley.protocol.model.Attachment;

/**
 * The item waiting in a composer's tray: what it will be uploaded as (decided from its content by
 * {@link PictureSniffer}), its name and size for the preview strip, and where its bytes come from.
 * {@code width}/{@code height} are 0 when unknown.
 */
record PendingAttachment(String name, long size, String kind, int width, int height, UploadSource source) {

    boolean isPicture() {
        return Attachment.PICTURE.equals(kind);
    }
}
