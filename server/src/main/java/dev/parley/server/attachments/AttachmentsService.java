package dev.parley.server.attachments;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.BlobChunk;
import dev.parley.protocol.model.UploadProgress;
import dev.parley.protocol.model.UploadStarted;
import dev.parley.server.config.UploadsConfig;
import dev.parley.server.moderation.ModerationService;
import dev.parley.server.rooms.RoomsService;
import dev.parley.server.storage.Database;
import dev.parley.server.storage.GroupCommitter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of pictures and files (specs M-10, M-11) and of avatar pictures (ID-4): uploads are
 * announced within the size limit of their kind, received in ordered pieces
 * ({@link UploadsInProgress}), checked against the size and SHA-256 the client gives, then a
 * file is stored as it is and a picture goes through the picture pipeline — type from content
 * and pixel count from the header ({@link PictureInspector}), decoded within the decode cap
 * ({@link PictureWork}), re-encoded without metadata with a thumbnail ({@link Pictures}). Content
 * is stored once per SHA-256 of the stored bytes ({@link BlobStore}); its rows are written
 * through the group committer, so the {@code ok} of {@code upload_done} means stored.
 */
public final class AttachmentsService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AttachmentsService.class);

    private final Database db;
    private final GroupCommitter writer;
    private final UploadsConfig config;
    private final Clock clock;
    private final Blobs blobs = new Blobs();
    private final BlobStore store;
    private final UploadsInProgress uploads;
    private final PictureWork work;
    private final BlobAccess access;

    /**
     * @param fsync force stored content to disk before it is recorded (durability {@code fsync})
     */
    public AttachmentsService(Database db, GroupCommitter writer, Path dataDir, UploadsConfig config, boolean fsync,
                              RoomsService rooms, ModerationService moderation, Clock clock) {
        this.db = db;
        this.writer = writer;
        this.config = config;
        this.clock = clock;
        this.store = new BlobStore(dataDir, fsync);
        this.uploads = new UploadsInProgress(store, clock);
        this.work = PictureWork.forThisMachine();
        this.access = new BlobAccess(db, blobs, store, rooms, moderation);
    }

    /** {@code upload}: announces an upload on {@code connection}; {@code file_too_large} over the kind's limit. */
    public UploadStarted start(long connection, long user, String rawName, long size, String kind) {
        String name = cleanName(rawName);
        long max = Attachment.PICTURE.equals(kind) ? config.maxPictureBytes() : config.maxFileBytes();
        if (size > max) {
            throw new ParleyException(ErrorCode.FILE_TOO_LARGE, Map.of("max", Long.toString(max)));
        }
        UploadsInProgress.Upload upload = uploads.start(connection, user, name, kind, size);
        return new UploadStarted(upload.id, Limits.UPLOAD_CHUNK_BYTES);
    }

    /** {@code upload_chunk}: the next piece, as base64. */
    public UploadProgress chunk(long connection, String upload, long offset, String base64) {
        byte[] data;
        try {
            data = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "data");
        }
        if (data.length == 0 || data.length > Limits.UPLOAD_CHUNK_BYTES) {
            throw new ParleyException(ErrorCode.INVALID_FIELD, Map.of("field", "data", "max", Integer.toString(Limits.UPLOAD_CHUNK_BYTES)));
        }
        return new UploadProgress(upload, uploads.append(connection, upload, offset, data));
    }

    /**
     * {@code upload_done}: checks the upload and stores its content. The future completes once
     * the content's rows are durable, or fails with the refusal ({@code upload_mismatch},
     * {@code unsupported_picture}, {@code picture_too_large}). The upload is forgotten either way.
     */
    public CompletableFuture<Attachment> finish(long connection, long user, String uploadId, String sha256) {
        UploadsInProgress.Upload upload = uploads.finish(connection, uploadId, sha256);
        CompletableFuture<Attachment> stored;
        try {
            if (Attachment.FILE.equals(upload.kind)) {
                stored = storeFile(upload, sha256);
            } else {
                // the header check runs here, at once: a picture it refuses never waits for a decoder
                PictureInspector.Inspected info = PictureInspector.inspect(upload.file, config.maxPicturePixels());
                stored = work.submit(info.pixels(), () -> processPicture(upload, info))
                        .thenCompose(rows -> record(upload, rows));
            }
        } catch (RuntimeException e) {
            uploads.release(connection, upload);
            throw e;
        }
        return stored.whenComplete((attachment, failure) -> uploads.release(connection, upload));
    }

    /** {@code fetch}: a piece of content {@code user} may read. */
    public BlobChunk fetch(long user, String blob, long offset) {
        return access.fetch(user, blob, offset);
    }

    /**
     * Makes an avatar of {@code user}'s own uploaded picture {@code picture}: its centred square,
     * {@link Limits#AVATAR_SIZE} pixels a side, stored as kind {@code avatar}. Completes with the
     * avatar's content id once it is recorded; {@code blob_not_found} when {@code picture} is not
     * the user's upload, {@code unsupported_picture} when it is a file.
     */
    public CompletableFuture<String> avatar(long user, String picture) {
        Blobs.Row row = db.read(c -> blobs.ownUpload(c, user, picture).isPresent() ? blobs.find(c, picture).orElse(null) : null);
        if (row == null) {
            throw new ParleyException(ErrorCode.BLOB_NOT_FOUND);
        }
        if (row.isFile() || row.width() == null || row.height() == null) {
            throw new ParleyException(ErrorCode.UNSUPPORTED_PICTURE);
        }
        long pixels = (long) row.width() * row.height();
        Instant now = clock.instant();
        return work.submit(pixels, () -> {
            Path source = store.path(picture);
            BufferedImage image = Pictures.decode(source, PictureInspector.sniff(source));
            BufferedImage square = Pictures.avatar(image);
            return storeEncoded(Pictures.encode(square, !square.getColorModel().hasAlpha(), store.scratchFile(".avatar")),
                    Blobs.AVATAR, null);
        }).thenCompose(avatar -> writer.submit(c -> blobs.store(c, avatar, now).id()));
    }

    /** Forgets the uploads of a closed connection. */
    public void connectionClosed(long connection) {
        uploads.connectionClosed(connection);
    }

    /** Forgets uploads silent for ten minutes (called periodically). */
    public void sweep() {
        int forgotten = uploads.sweep();
        if (forgotten > 0) {
            LOG.debug("forgot {} idle uploads", forgotten);
        }
    }

    /** Uploads in progress over every connection (tests and metrics). */
    public int uploadsInProgress() {
        return uploads.count();
    }

    /** Lets pictures being processed finish, then stops the picture workers. */
    @Override
    public void close() {
        work.close();
    }

    private record PictureRows(Blobs.Row picture, Blobs.Row thumbnail) {
    }

    private CompletableFuture<Attachment> storeFile(UploadsInProgress.Upload upload, String sha256) {
        try {
            store.put(upload.file, sha256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store upload " + upload.id + ": " + e.getMessage(), e);
        }
        return record(upload, new PictureRows(new Blobs.Row(sha256, Blobs.FILE, upload.size, Blobs.OCTET_STREAM, null, null, null), null));
    }

    /** Decodes, turns upright, re-encodes and thumbnails the picture; its files are in the store after. */
    private PictureRows processPicture(UploadsInProgress.Upload upload, PictureInspector.Inspected info) throws IOException {
        BufferedImage image = Pictures.upright(Pictures.decode(upload.file, info.type()), upload.file, info.type());
        boolean jpeg = Pictures.storedAsJpeg(info.type(), image);
        BufferedImage small = Pictures.fit(image, Limits.THUMBNAIL_SIZE);
        Blobs.Row thumbnail = small == image ? null
                : storeEncoded(Pictures.encode(small, jpeg, store.scratchFile(".thumb")), Blobs.THUMBNAIL, null);
        Blobs.Row picture = storeEncoded(Pictures.encode(image, jpeg, store.scratchFile(".picture")), Blobs.PICTURE,
                thumbnail == null ? null : thumbnail.id());
        if (thumbnail == null) {
            // small enough to be its own thumbnail
            picture = new Blobs.Row(picture.id(), picture.kind(), picture.size(), picture.mediaType(), picture.width(),
                    picture.height(), picture.id());
        }
        return new PictureRows(picture, thumbnail);
    }

    /** Hashes an encoded file and moves it into the store; the row to record for it. */
    private Blobs.Row storeEncoded(Pictures.Encoded encoded, String kind, String thumbnail) throws IOException {
        try {
            String id = BlobStore.sha256(encoded.file());
            long size = Files.size(encoded.file());
            store.put(encoded.file(), id);
            return new Blobs.Row(id, kind, size, encoded.mediaType(), encoded.width(), encoded.height(), thumbnail);
        } finally {
            BlobStore.discard(encoded.file());
        }
    }

    private CompletableFuture<Attachment> record(UploadsInProgress.Upload upload, PictureRows rows) {
        Instant now = clock.instant();
        return writer.submit(c -> {
            if (rows.thumbnail() != null) {
                blobs.store(c, rows.thumbnail(), now);
            }
            Blobs.Row stored = blobs.store(c, rows.picture(), now);
            blobs.recordUpload(c, upload.user, stored.id(), upload.name, now);
            return stored.attachment(upload.name);
        });
    }

    /**
     * The upload's name for display and saving: its last path segment (a name is never a path),
     * without control and invisible formatting characters (a right-to-left override could show
     * {@code photo\u202Egnp.exe} as {@code photoexe.png}); {@code invalid_field} when nothing is left.
     */
    static String cleanName(String raw) {
        String last = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(last.length());
        last.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String name = kept.toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw new ParleyException(ErrorCode.INVALID_FIELD, Map.of("field", "name",
                    "max", Integer.toString(Limits.MAX_FILE_NAME_LENGTH)));
        }
        return name;
    }
}
