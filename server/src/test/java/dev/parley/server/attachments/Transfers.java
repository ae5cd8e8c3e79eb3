package dev.parley.server.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.FetchBlob;
import dev.parley.protocol.frame.FinishUpload;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.frame.StartUpload;
import dev.parley.protocol.frame.UploadChunk;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.BlobChunk;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UploadStarted;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * The client side of uploads and fetches over the real protocol, for the integration tests:
 * {@code upload}, pieces of {@link Limits#UPLOAD_CHUNK_BYTES}, {@code upload_done} with the
 * SHA-256; {@code fetch} in pieces until {@code total}.
 */
public final class Transfers {
    private Transfers() {
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(BlobStore.newDigest().digest(bytes));
    }

    /** Uploads {@code bytes} as {@code kind} under {@code name}; the Attachment of {@code upload_done}. */
    public static Attachment upload(ParleyClient client, String name, String kind, byte[] bytes) {
        String id = start(client, name, kind, bytes.length).upload();
        sendAll(client, id, bytes);
        return client.await(r -> new FinishUpload(r, id, sha256(bytes)));
    }

    public static Attachment picture(ParleyClient client, String name, byte[] bytes) {
        return upload(client, name, Attachment.PICTURE, bytes);
    }

    public static UploadStarted start(ParleyClient client, String name, String kind, long size) {
        return client.await(r -> new StartUpload(r, name, size, kind));
    }

    /** Sends {@code bytes} in order from offset 0. */
    public static void sendAll(ParleyClient client, String upload, byte[] bytes) {
        for (int offset = 0; offset < bytes.length; offset += Limits.UPLOAD_CHUNK_BYTES) {
            chunk(client, upload, offset, Arrays.copyOfRange(bytes, offset, Math.min(bytes.length, offset + Limits.UPLOAD_CHUNK_BYTES)));
        }
    }

    public static long chunk(ParleyClient client, String upload, long offset, byte[] piece) {
        String data = Base64.getEncoder().encodeToString(piece);
        return client.await(r -> new UploadChunk(r, upload, offset, data)).received();
    }

    /** Every byte of {@code blob}, fetched piece by piece; checks the pieces add up to {@code total}. */
    public static byte[] fetch(ParleyClient client, String blob) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long total;
        do {
            long offset = out.size();
            BlobChunk chunk = client.await(r -> new FetchBlob(r, blob, offset));
            assertThat(chunk.offset()).isEqualTo(offset);
            byte[] data = Base64.getDecoder().decode(chunk.data());
            assertThat(data.length).isBetween(1, Limits.FETCH_CHUNK_BYTES);
            out.writeBytes(data);
            total = chunk.total();
        } while (out.size() < total);
        assertThat((long) out.size()).isEqualTo(total);
        return out.toByteArray();
    }

    /** The first piece of {@code blob}. */
    public static BlobChunk fetchFirst(ParleyClient client, String blob) {
        return client.await(r -> new FetchBlob(r, blob, 0L));
    }

    /** Runs {@code call}, asserts it was refused with {@code code} and returns the error for its params. */
    public static ParleyException refused(ErrorCode code, ThrowingCallable call) {
        ParleyException e = catchThrowableOfType(call, ParleyException.class);
        if (e == null) {
            throw new AssertionError("expected the request to be refused with " + code.wireName() + ", but it succeeded");
        }
        assertThat(e.code()).isEqualTo(code);
        return e;
    }

    /** Posts a message carrying {@code attachment} in {@code room} through the real {@code send}. */
    public static MessageInfo post(ParleyClient client, long room, Attachment attachment) {
        MessageInfo sent = client.await(r -> new SendMessage(r, room, UUID.randomUUID(), "look at this", null, null, attachment.id()));
        assertThat(sent.attachment()).as("the stored message carries the attachment").isNotNull();
        assertThat(sent.attachment().id()).isEqualTo(attachment.id());
        return sent;
    }
}
