package dev.parley.bench;

import dev.parley.protocol.Limits;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.FetchBlob;
import dev.parley.protocol.frame.FinishUpload;
import dev.parley.protocol.frame.StartUpload;
import dev.parley.protocol.frame.UploadChunk;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.BlobChunk;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Uploads and fetches over the real protocol, as a client does: {@code upload}, then
 * {@code upload_chunk} pieces of {@link Limits#UPLOAD_CHUNK_BYTES} with up to {@code window}
 * in flight (the server takes a connection's frames in order, so pipelining only hides the
 * round trips), then {@code upload_done}; {@code fetch} piece after piece until {@code total}.
 */
final class BlobTransfer {
    private static final long TIMEOUT_S = 120;

    private BlobTransfer() {
    }

    /** Sends every piece of {@code bytes} as {@code kind}; returns the upload id, ready for {@link #finish}. */
    static String send(ParleyClient client, String name, String kind, byte[] bytes, int window) throws Exception {
        String upload = client.call(id -> new StartUpload(id, name, (long) bytes.length, kind))
                .get(TIMEOUT_S, TimeUnit.SECONDS).upload();
        Semaphore inFlight = new Semaphore(window);
        List<CompletableFuture<?>> pieces = new ArrayList<>();
        for (int offset = 0; offset < bytes.length; offset += Limits.UPLOAD_CHUNK_BYTES) {
            String data = Base64.getEncoder().encodeToString(
                    Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + Limits.UPLOAD_CHUNK_BYTES)));
            long at = offset;
            inFlight.acquire();
            CompletableFuture<?> piece = client.call(id -> new UploadChunk(id, upload, at, data))
                    .whenComplete((r, e) -> inFlight.release());
            pieces.add(piece);
            if (piece.isCompletedExceptionally()) {
                piece.join();
            }
        }
        CompletableFuture.allOf(pieces.toArray(CompletableFuture[]::new)).get(TIMEOUT_S, TimeUnit.SECONDS);
        return upload;
    }

    /** {@code upload_done} with the SHA-256 of {@code bytes}: the server checks and stores, then answers. */
    static Attachment finish(ParleyClient client, String upload, byte[] bytes) throws Exception {
        String sha = sha256(bytes);
        return client.call(id -> new FinishUpload(id, upload, sha)).get(TIMEOUT_S, TimeUnit.SECONDS);
    }

    /** Every byte of {@code blob}, checked against its content id. */
    static byte[] fetch(ParleyClient client, String blob) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long total;
        do {
            long offset = out.size();
            BlobChunk chunk = client.call(id -> new FetchBlob(id, blob, offset)).get(TIMEOUT_S, TimeUnit.SECONDS);
            out.writeBytes(Base64.getDecoder().decode(chunk.data()));
            total = chunk.total();
        } while (out.size() < total);
        byte[] bytes = out.toByteArray();
        if (!sha256(bytes).equals(blob)) {
            throw new IllegalStateException("fetched content of " + blob + " does not match its id");
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
