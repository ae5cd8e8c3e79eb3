package dev.parley.client.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javafx.scene.image.Image;

/**
 * Decoded pictures for the views. Thumbnails and avatars are decoded at the size they are shown
 * ({@code new Image(stream, w, h, true, true)}, so a 320-pixel thumbnail shown at 160 costs a quarter
 * of the memory) and kept in a memory cache bounded by their pixel bytes; full-size pictures for
 * the viewer are decoded on demand and never cached, so they are gone once the viewer closes.
 * Decoding runs on background threads.
 */
final class ImageLoader {
    private final ContentStore store;
    private final ByteBoundedLru<String, Image> memory;
    private final Executor io;
    private final Map<String, CompletableFuture<Image>> decoding = new ConcurrentHashMap<>();

    ImageLoader(ContentStore store, long memoryBytes, Executor io) {
        this.store = store;
        this.io = io;
        this.memory = new ByteBoundedLru<>(memoryBytes, ImageLoader::weight);
    }

    /** The bytes an image holds once decoded (4 per pixel). */
    static long weight(Image image) {
        return (long) Math.ceil(image.getWidth()) * (long) Math.ceil(image.getHeight()) * 4;
    }

    /** The image already decoded at this size, or null. */
    Image cached(String id, int width, int height) {
        return memory.get(key(id, width, height));
    }

    /** {@code id} decoded to fit {@code width} × {@code height} (keeping its ratio), cached in memory. */
    CompletableFuture<Image> scaled(String id, long size, int width, int height) {
        String key = key(id, width, height);
        Image hit = memory.get(key);
        if (hit != null) {
            return CompletableFuture.completedFuture(hit);
        }
        CompletableFuture<Image> created = new CompletableFuture<>();
        CompletableFuture<Image> running = decoding.putIfAbsent(key, created);
        if (running != null) {
            return running;
        }
        store.bytes(id, size)
                .thenApplyAsync(bytes -> decode(bytes, width, height), io)
                .whenComplete((image, failure) -> {
                    decoding.remove(key, created);
                    if (failure != null) {
                        created.completeExceptionally(failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause() : failure);
                    } else {
                        memory.put(key, image);
                        created.complete(image);
                    }
                });
        return created;
    }

    /** {@code id} at full size, not cached in memory (for the viewer). */
    CompletableFuture<Image> full(String id, long size) {
        return store.bytes(id, size).thenApplyAsync(bytes -> decode(bytes, 0, 0), io);
    }

    /** Bytes held by the memory cache now. */
    long memoryBytes() {
        return memory.weight();
    }

    private static Image decode(byte[] bytes, int width, int height) {
        Image image = new Image(new ByteArrayInputStream(bytes), width, height, true, true);
        if (image.isError() || image.getWidth() <= 0) {
            throw new CompletionException(new IOException("the picture could not be decoded",
                    image.getException()));
        }
        return image;
    }

    private static String key(String id, int width, int height) {
        return id + "@" + width + "x" + height;
    }
}
