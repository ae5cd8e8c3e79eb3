package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A picture or file attached to a message, or an upload just finished (spec M-10, M-11). Content
 * is addressed by SHA-256: {@code id} (64 lower-case hex digits) is the hash of the stored bytes,
 * read with {@code fetch}, so a client can cache it forever and check what it received.
 *
 * @param kind      {@code picture} or {@code file}
 * @param name      the file name as given by the uploader (display only, never a path)
 * @param size      stored size in bytes (a picture's size after re-encoding)
 * @param type      media type: for pictures the type of the stored, re-encoded bytes
 *                  ({@code image/png} or {@code image/jpeg}); for files always
 *                  {@code application/octet-stream} (never trust a name to say what runs)
 * @param width     picture width in pixels; null for files
 * @param height    picture height in pixels; null for files
 * @param thumbnail id of the thumbnail (at most {@link dev.parley.protocol.Limits#THUMBNAIL_SIZE}
 *                  pixels on its longer side); null for files
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
