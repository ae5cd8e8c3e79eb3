package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A picture or file attached to a message, or an uploaded picture before it is sent (spec M-10,
 * M-11). Content is addressed by SHA-256: {@code id} (64 lower-case hex digits) names the stored
 * bytes, fetched with {@code fetch}.
 *
 * @param kind      {@code picture} or {@code file}
 * @param name      the file name as given by the uploader (display only, never a path)
 * @param size      stored size in bytes (a picture's size after re-encoding)
 * @param type      media type: for pictures the type the server found in the content (after
 *                  re-encoding: image/png or image/jpeg); for files always application/octet-stream
 * @param width     picture width in pixels; null for files
 * @param height    picture height in pixels; null for files
 * @param thumbnail id of the thumbnail picture (PNG or JPEG, at most
 *                  {@link dev.parley.protocol.Limits#THUMBNAIL_SIZE} pixels on its longer side); null for files
 */
public record Attachment(String id, String kind, String name, long size, String type, Integer width, Integer height,
                         String thumbnail) {
    public static final String PICTURE = "picture";
    public static final String FILE = "file";

    @JsonIgnore
    public boolean isPicture() {
        return PICTURE.equals(kind);
    }
}
