package dev.parley.server.messages;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.Utf8;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.accounts.UserDirectory;
import dev.parley.server.moderation.ModerationService;
import dev.parley.server.rooms.RoomsService;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.storage.Database;
import dev.parley.server.storage.GroupCommitter;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Message rules: what text may be posted (and, through {@link ModerationService}, by whom and how often), exactly-once storage keyed by the client message id
 * (spec M-1, written through the group committer) and history pages (spec M-2). Every call checks the room through
 * {@link RoomsService}, so no frame reaches a room the user may not read.
 */
public final class MessagesService {
    private final Database db;
    private final GroupCommitter writer;
    private final Messages messages = new Messages();
    private final UserDirectory users;
    private final RoomsService rooms;
    private final Clock clock;
    private final ModerationService moderation;

    public MessagesService(Database db, GroupCommitter writer, UserDirectory users, RoomsService rooms,
                           ModerationService moderation, Clock clock) {
        this.moderation = moderation;
        this.db = db;
        this.writer = writer;
        this.users = users;
        this.rooms = rooms;
        this.clock = clock;
    }

    /**
     * The outcome of a send: the stored message, its author for display, and whether it was
     * stored now ({@code false} for a resend that found the original).
     */
    public record Posted(MessageInfo message, UserInfo author, boolean stored) {
    }

    /**
     * Stores a message, or finds the one already stored under this client message id. The
     * future completes only once the message is committed and durable (group commit), so the
     * acknowledgement built from it never promises what a crash could take back.
     */
    public CompletableFuture<Posted> send(long userId, long roomId, UUID clientMessageId, String rawText, String address) {
        String text = checkText(rawText);
        UserInfo author = users.get(userId);
        try {
            RoomInfo room = rooms.writable(userId, roomId);
            // bans, mutes, rate limits, slowmode and flood (specs MOD-3 … MOD-9), before anything is stored
            moderation.checkPost(userId, room, address, clientMessageId, text);
        } catch (ParleyException refused) {
            // A resend of a stored message (after a reconnect) gets the stored message back,
            // whatever slowmode, rate limits or a closed room say now: it is not a new post (spec
            // M-1). Looked up only on a refusal, so an ordinary send costs no extra query.
            Optional<MessageInfo> stored = db.read(c -> messages.findByClientId(c, userId, clientMessageId));
            if (stored.isPresent()) {
                return CompletableFuture.completedFuture(new Posted(stored.get(), author, false));
            }
            throw refused;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // One writer runs every batch, so the look-up and the insert cannot race another resend.
        return writer.submit(c -> {
            Optional<MessageInfo> existing = messages.findByClientId(c, userId, clientMessageId);
            if (existing.isPresent()) {
                return new Posted(existing.get(), author, false);
            }
            long id = messages.insert(c, roomId, userId, clientMessageId, text, now);
            return new Posted(new MessageInfo(id, roomId, userId, text, now, null), author, true);
        });
    }

    /**
     * A page of history older than {@code before} (newest page when null), ascending: up to
     * {@code limit} messages, fewer when their text passes {@link Limits#MAX_PAGE_TEXT_BYTES}.
     */
    public HistoryPage history(long userId, long roomId, Long before, int limit) {
        rooms.readable(userId, roomId);
        moderation.checkRead(userId, roomId);
        int size = Math.max(1, Math.min(limit, Limits.MAX_PAGE_SIZE));
        Messages.Page page = db.read(c -> messages.page(c, roomId, before, size));
        List<MessageInfo> kept = new ArrayList<>(page.newestFirst().size());
        long bytes = 0;
        for (MessageInfo m : page.newestFirst()) {
            bytes += Utf8.length(m.text());
            // long messages end the page early; the next page continues from the oldest kept one
            if (bytes > Limits.MAX_PAGE_TEXT_BYTES && !kept.isEmpty()) {
                break;
            }
            kept.add(m);
        }
        boolean hasMore = page.hasMore() || kept.size() < page.newestFirst().size();
        Collections.reverse(kept);
        Map<Long, UserInfo> authors = new LinkedHashMap<>();
        for (MessageInfo m : kept) {
            authors.putIfAbsent(m.author(), page.authors().get(m.author()));
        }
        return new HistoryPage(roomId, kept, List.copyOf(authors.values()), hasMore);
    }

    /**
     * A page chosen by at most one of {@code before}, {@code after} (the oldest messages newer
     * than it: catching up) and {@code around} (up to {@code limit / 2} messages before that id
     * and the rest from it on: opening at the first unread message), ascending, with
     * {@code hasNewer} when newer messages follow the page.
     */
    public HistoryPage history(long userId, long roomId, Long before, Long after, Long around, int limit) {
        if (after == null && around == null) {
            return history(userId, roomId, before, limit);
        }
        rooms.readable(userId, roomId);
        moderation.checkRead(userId, roomId);
        int size = Math.max(1, Math.min(limit, Limits.MAX_PAGE_SIZE));
        int olderWanted = around == null ? 0 : size / 2;
        Messages.Page older = olderWanted == 0 ? null : db.read(c -> messages.page(c, roomId, around, olderWanted));
        Messages.Page newer = db.read(c -> messages.newer(c, roomId, around == null ? after : around, around != null,
                size - olderWanted));
        List<MessageInfo> kept = new ArrayList<>();
        Map<Long, UserInfo> authors = new LinkedHashMap<>();
        long bytes = 0;
        boolean cut = false;
        // the newer part first, oldest first (what a catching-up client needs next), then the older part
        for (MessageInfo m : newer.newestFirst()) {
            bytes += Utf8.length(m.text());
            if (bytes > Limits.MAX_PAGE_TEXT_BYTES && !kept.isEmpty()) {
                cut = true;
                break;
            }
            kept.add(m);
            authors.putIfAbsent(m.author(), newer.authors().get(m.author()));
        }
        boolean hasNewer = newer.hasMore() || cut;
        boolean hasMore;
        if (older == null) {
            // (an around page of limit 1 has no older part either: then from the around id)
            long first = !kept.isEmpty() ? kept.get(0).id() : around != null ? around : after + 1;
            hasMore = !db.read(c -> messages.page(c, roomId, first, 1)).newestFirst().isEmpty();
        } else {
            List<MessageInfo> olderKept = new ArrayList<>();
            boolean olderCut = false;
            for (MessageInfo m : older.newestFirst()) {
                bytes += Utf8.length(m.text());
                if (bytes > Limits.MAX_PAGE_TEXT_BYTES && !(kept.isEmpty() && olderKept.isEmpty())) {
                    olderCut = true;
                    break;
                }
                olderKept.add(m);
                authors.putIfAbsent(m.author(), older.authors().get(m.author()));
            }
            hasMore = older.hasMore() || olderCut;
            Collections.reverse(olderKept);
            kept.addAll(0, olderKept);
        }
        Map<Long, UserInfo> used = new LinkedHashMap<>();
        for (MessageInfo m : kept) {
            used.putIfAbsent(m.author(), authors.get(m.author()));
        }
        return new HistoryPage(roomId, kept, List.copyOf(used.values()), hasMore, hasNewer);
    }

    /**
     * Text rules: not blank, at most {@link Limits#MAX_TEXT_LENGTH} code points, line breaks
     * normalized to {@code \n}, and no control characters other than newline and tab (they
     * could disguise text in other clients and logs).
     */
    static String checkText(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new ParleyException(ErrorCode.TEXT_EMPTY);
        }
        if (text.codePointCount(0, text.length()) > Limits.MAX_TEXT_LENGTH) {
            throw new ParleyException(ErrorCode.TEXT_TOO_LONG, Map.of("max", Integer.toString(Limits.MAX_TEXT_LENGTH)));
        }
        if (text.codePoints().anyMatch(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\t')) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "text");
        }
        return text;
    }
}
