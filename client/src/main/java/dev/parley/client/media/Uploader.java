package dev.parley.client.media;

import dev.parley.client.net.ChatService;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.FinishUpload;
import dev.parley.protocol.frame.StartUpload;
import dev.parley.protocol.frame.UploadChunk;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.UploadProgress;
import dev.parley.protocol.model.UploadStarted;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongConsumer;

/**
 * Sends one picture or file to the server (PROTOCOL.md "Pictures and files"): {@code upload} with
 * name, size and kind; the bytes in {@code upload_chunk} pieces of at most
 * {@link Limits#UPLOAD_CHUNK_BYTES} (or the server's smaller {@code chunkBytes}), {@code window} of
 * them in flight at once; then {@code upload_done} with the SHA-256 of exactly what was sent. The
 * source is read once, as it is sent, so a large file is never held in memory whole. Blocking:
 * runs on a background thread.
 */
final class Uploader {
    private final ChatService service;
    private final int window;

    Uploader(ChatService service, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be >= 1, was " + window);
        }
        this.service = service;
        this.window = window;
    }

    /**
     * Uploads {@code source} as {@code kind} under {@code name}; {@code progress} gets the bytes the
     * server has acknowledged. Returns what the server stored. A source whose size changes while
     * it is read fails with {@link IOException}; server refusals are {@link ParleyException}.
     */
    Attachment upload(UploadSource source, String name, String kind, LongConsumer progress) throws IOException {
        long size = source.size();
        String uploadName = uploadName(name);
        UploadStarted started = service.request(id -> new StartUpload(id, uploadName, size, kind));
        int chunkBytes = Math.min(Limits.UPLOAD_CHUNK_BYTES, started.chunkBytes() > 0 ? started.chunkBytes() : Limits.UPLOAD_CHUNK_BYTES);
        MessageDigest digest = ContentIds.sha256();
        Deque<CompletableFuture<UploadProgress>> inFlight = new ArrayDeque<>();
        long offset = 0;
        try (InputStream in = source.open()) {
            while (offset < size) {
                byte[] piece = in.readNBytes((int) Math.min(chunkBytes, size - offset));
                if (piece.length == 0) {
                    throw new IOException("the file became shorter while it was sent (" + offset + " of " + size + " bytes)");
                }
                digest.update(piece);
                long at = offset;
                String data = Base64.getEncoder().encodeToString(piece);
                inFlight.add(service.requestAsync(id -> new UploadChunk(id, started.upload(), at, data)));
                offset += piece.length;
                while (inFlight.size() >= window) {
                    progress.accept(await(inFlight.poll()).received());
                }
            }
            if (in.read() >= 0) {
                throw new IOException("the file became longer while it was sent (more than " + size + " bytes)");
            }
            while (!inFlight.isEmpty()) {
                progress.accept(await(inFlight.poll()).received());
            }
        }
        String sha256 = ContentIds.hex(digest);
        return service.request(id -> new FinishUpload(id, started.upload(), sha256));
    }

    /**
     * The name sent with an upload: the last path element, 1–255 code points as the protocol
     * requires (a longer one is shortened keeping its extension).
     */
    static String uploadName(String name) {
        String s = name == null ? "" : name;
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1).strip();
        if (s.isEmpty()) {
            s = SavedFiles.FALLBACK_NAME;
        }
        int max = Limits.MAX_FILE_NAME_LENGTH;
        if (s.codePointCount(0, s.length()) > max) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 16 ? s.substring(dot) : "";
            String base = s.substring(0, s.length() - ext.length());
            s = base.substring(0, base.offsetByCodePoints(0, max - ext.codePointCount(0, ext.length()))) + ext;
        }
        return s;
    }

    private static <T> T await(CompletableFuture<T> future) throws IOException {
        try {
            return future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ParleyException pe) {
                throw pe;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
