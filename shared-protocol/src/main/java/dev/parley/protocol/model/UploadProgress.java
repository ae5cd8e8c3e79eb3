package dev.parley.protocol.model;

/** How many bytes of an upload the server holds so far. */
public record UploadProgress(String upload, long received) {
}
