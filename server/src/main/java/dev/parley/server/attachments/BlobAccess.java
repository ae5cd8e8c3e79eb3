package dev.parley.server.attachments;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.BlobChunk;
import dev.parley.server.moderation.ModerationService;
import dev.parley.server.rooms.RoomsService;
import dev.parley.server.storage.Database;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Who may read stored content, and reading it ({@code fetch}, spec M-10, M-11). Content is
 * readable by the caller when it (or, for a thumbnail, its picture) is
 * <ul>
 *   <li>their own upload;</li>
 *   <li>attached to a message that is not deleted, in a room they may read now: the room look-up
 *       and the ban check are the ones {@code history} makes, so a ban ends access at once and
 *       private chats, when they come, are covered by the same calls;</li>
 *   <li>an avatar (anyone logged in).</li>
 * </ul>
 * Anything else, and ids that name nothing, is {@code blob_not_found}: the answer never tells
 * content that exists from content that does not.
 */
final class BlobAccess {
    /** Rooms looked at per fetch: content posted in more rooms than this is judged by these. */
    private static final int MAX_ROOMS_CHECKED = 50;

    private final Database db;
    private final Blobs blobs;
    private final BlobStore store;
    private final RoomsService rooms;
    private final ModerationService moderation;

    BlobAccess(Database db, Blobs blobs, BlobStore store, RoomsService rooms, ModerationService moderation) {
        this.db = db;
        this.blobs = blobs;
        this.store = store;
        this.rooms = rooms;
        this.moderation = moderation;
    }

    /** Up to {@link Limits#FETCH_CHUNK_BYTES} of {@code blob} from {@code offset}, if {@code user} may read it. */
    BlobChunk fetch(long user, String blob, long offset) {
        Blobs.Row row = readable(user, blob);
        if (offset >= row.size()) {
            throw new ParleyException(ErrorCode.INVALID_FIELD, Map.of("field", "offset", "max", Long.toString(row.size() - 1)));
        }
        byte[] bytes = store.read(blob, offset, Limits.FETCH_CHUNK_BYTES);
        return new BlobChunk(blob, offset, row.size(), row.mediaType(), Base64.getEncoder().encodeToString(bytes));
    }

    /** The row of {@code blob} when {@code user} may read it; {@code blob_not_found} otherwise. */
    Blobs.Row readable(long user, String blob) {
        record Facts(Blobs.Row row, boolean uploader, List<Long> rooms, boolean avatar) {
        }
        Facts facts = db.read(c -> {
            Blobs.Row row = blobs.find(c, blob).orElse(null);
            if (row == null) {
                return null;
            }
            if (Blobs.AVATAR.equals(row.kind())) {
                return new Facts(row, false, List.of(), true);
            }
            List<String> showing = blobs.showing(c, blob);
            if (blobs.uploadedAny(c, user, showing)) {
                return new Facts(row, true, List.of(), false);
            }
            List<Long> found = new java.util.ArrayList<>();
            for (String id : showing) {
                for (Long room : blobs.roomsAttaching(c, id, MAX_ROOMS_CHECKED)) {
                    if (!found.contains(room) && found.size() < MAX_ROOMS_CHECKED) {
                        found.add(room);
                    }
                }
            }
            // a picture-kind blob may be someone's avatar too (the same bytes)
            return new Facts(row, false, found, blobs.isSomeonesAvatar(c, blob));
        });
        if (facts == null) {
            throw new ParleyException(ErrorCode.BLOB_NOT_FOUND);
        }
        if (facts.avatar() || facts.uploader()) {
            return facts.row();
        }
        for (long room : facts.rooms()) {
            if (mayRead(user, room)) {
                return facts.row();
            }
        }
        throw new ParleyException(ErrorCode.BLOB_NOT_FOUND);
    }

    private boolean mayRead(long user, long room) {
        try {
            rooms.readable(user, room);
            moderation.checkRead(user, room);
            return true;
        } catch (ParleyException refused) {
            return false;
        }
    }
}
