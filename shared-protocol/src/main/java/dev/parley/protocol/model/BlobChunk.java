package dev.parley.protocol.model;

/**
 * A piece of stored content: {@code data} is base64 of the bytes from {@code offset}; {@code total}
 * is the whole size, so the reader knows when it has everything and can check the SHA-256 id.
 */
public record BlobChunk(String blob, long offset, long total, String type, String data) {
}
