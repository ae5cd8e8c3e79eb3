package dev.parley.protocol.model;

/**
 * An upload was accepted: send its bytes in {@code upload_chunk} frames of at most
 * {@code chunkBytes} bytes each, in order, then {@code upload_done}.
 */
public record UploadStarted(String upload, int chunkBytes) {
}
