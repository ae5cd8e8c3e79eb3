package dev.parley.server.messages;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.accounts.UserDirectory;
import dev.parley.server.moderation.ModerationService;
import dev.parley.server.rooms.RoomsService;
import dev.parley.server.storage.Database;
import dev.parley.server.storage.GroupCommitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Message rules for posting and reading: what may be posted (text, anonymity, replies,
 * attachments, mentions; through {@link ModerationService} by whom and how often), exactly-once
 * storage keyed by the client message id (spec M-1) with everything a new message carries —
 * its author's automatic upvote (M-6), its mentions, its author's membership of the room — in
 * the one group-commit unit that inserts it, history pages for a reader (M-2, via
 * {@link HistoryReader}), room members and users by id. Changing stored messages is
 * {@link MessageActions}. Every call checks the room through {@link RoomsService}, so no frame
 * reaches a room the user may not read.
 */
public final class MessagesService {
    private static final Logger LOG = LoggerFactory.getLogger(MessagesService.class);
    /** Bounds the membership cache; past it, it is cleared and refills from the active users. */
    private static final int MAX_KNOWN_MEMBERS = 100_000;

    final Database db;
    final GroupCommitter writer;
    final UserDirectory users;
    final RoomsService rooms;
    final ModerationService moderation;
    final Clock clock;
    final Messages messages = new Messages();
    final Votes votes = new Votes();
    final Reactions reactions = new Reactions();
    final Mentions mentions = new Mentions();
    private final Members members = new Members();
    final ExtrasLoader loader = new ExtrasLoader(messages, votes, reactions, mentions);
    private final HistoryReader reader;
    /**
     * (room, user) pairs known to be stored as members, so a send or open writes the membership
     * only the first time (after a restart, once more).
     */
    private final Set<Member> knownMembers = ConcurrentHashMap.newKeySet();

    private record Member(long room, long user) {
    }

    public MessagesService(Database db, GroupCommitter writer, UserDirectory users, RoomsService rooms,
                           ModerationService moderation, Clock clock) {
        this.moderation = moderation;
        this.db = db;
        this.writer = writer;
        this.users = users;
        this.rooms = rooms;
        this.clock = clock;
        this.reader = new HistoryReader(db, messages, loader, users);
    }

    /**
     * The outcome of a send: the stored message with what it carries, its author for display,
     * whether it was stored now ({@code false} for a resend that found the original) and whether
     * the author became a member of the room with it.
     */
    record Posted(StoredMessage message, Extras extras, UserInfo author, boolean stored, boolean joined) {
    }

    /**
     * Stores a message, or finds the one already stored under this client message id. The
     * future completes only once the message is committed and durable (group commit), so the
     * acknowledgement built from it never promises what a crash could take back. The quoted
     * message, the attachment and the mentioned names are looked up inside the same unit, so a
     * plain text message costs no query before it is queued.
     */
    CompletableFuture<Posted> send(long userId, SendMessage request, String address) {
        UUID clientMessageId = request.clientMessageId();
        String text = checkText(request.text(), request.attachment() != null);
        UserInfo author = users.get(userId);
        boolean anonymous = request.anonymousPost();
        long roomId = request.room();
        try {
            RoomInfo room = rooms.writable(userId, roomId);
            if (anonymous && RoomInfo.PRIVATE.equals(room.kind())) {
                // spec M-7: anonymous posting is for public rooms; in a 1:1 chat it would mean nothing
                throw new ParleyException(ErrorCode.ANONYMOUS_NOT_ALLOWED);
            }
            // bans, mutes, rate limits, slowmode and flood (specs MOD-3 … MOD-9), before anything is stored
            moderation.checkPost(userId, room, address, clientMessageId, text);
        } catch (ParleyException refused) {
            // A resend of a stored message (after a reconnect) gets the stored message back,
            // whatever slowmode, rate limits or a closed room say now: it is not a new post (spec
            // M-1). Looked up only on a refusal, so an ordinary send costs no extra query.
            Optional<Posted> stored = db.read(c -> stored(c, userId, clientMessageId, author));
            if (stored.isPresent()) {
                return CompletableFuture.completedFuture(stored.get());
            }
            throw refused;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<List<String>> named = MentionParser.candidates(text);
        Long replyTo = request.replyTo();
        String blob = request.attachment();
        boolean join = !anonymous && !knownMembers.contains(new Member(roomId, userId));
        // One writer runs every batch, so the look-up and the insert cannot race another resend.
        return writer.submit(c -> {
            Optional<Posted> existing = stored(c, userId, clientMessageId, author);
            if (existing.isPresent()) {
                return existing.get();
            }
            Quoted quoted = null;
            if (replyTo != null) {
                // same room, not deleted: the sender can read it, so the quote reveals nothing new
                quoted = messages.quoted(c, List.of(replyTo)).stream()
                        .filter(q -> q.room() == roomId && !q.deleted()).findFirst()
                        .orElseThrow(() -> new ParleyException(ErrorCode.MESSAGE_NOT_FOUND));
            }
            Attachment attachment = null;
            if (blob != null) {
                attachment = messages.ownUpload(c, userId, blob)
                        .orElseThrow(() -> new ParleyException(ErrorCode.BLOB_NOT_FOUND));
            }
            List<Long> mentioned = mentioned(c, named);
            long id = messages.insert(c, roomId, userId, clientMessageId, text, now, anonymous, replyTo, attachment);
            votes.set(c, id, userId, 0, 1);
            mentions.insert(c, id, mentioned);
            if (join) {
                members.add(c, roomId, userId, now);
            }
            StoredMessage m = new StoredMessage(id, roomId, userId, text, now, null, false, anonymous, 1, replyTo, attachment);
            Extras extras = new Extras().vote(id, 1).mentions(id, mentioned).quote(quoted);
            return new Posted(m, extras, author, true, join);
        }).thenApply(posted -> {
            if (posted.joined()) {
                remember(roomId, userId);
            }
            return posted;
        });
    }

    /** The users {@code text}'s {@code @names} mention, looked up in one query (none when there is no {@code @}). */
    List<Long> mentioned(Connection c, List<List<String>> named) throws SQLException {
        return named.isEmpty() ? List.of() : MentionParser.pick(named, mentions.resolve(c, MentionParser.names(named)));
    }

    private Optional<Posted> stored(Connection c, long userId, UUID clientMessageId, UserInfo author) throws SQLException {
        Optional<StoredMessage> found = messages.findByClientId(c, userId, clientMessageId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredMessage m = found.get();
        return Optional.of(new Posted(m, loader.load(c, List.of(m), userId), author, false, false));
    }

    /**
     * Opens a room for reading: the user becomes a member (for {@code @} completion) and gets the
     * newest page, or the page around {@code around} when given (spec A-2).
     */
    public HistoryPage open(long userId, long roomId, Long around, int limit) {
        HistoryPage page = history(userId, roomId, null, null, around, limit);
        if (!knownMembers.contains(new Member(roomId, userId))) {
            try {
                Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
                writer.submitAndWait(c -> {
                    members.add(c, roomId, userId, now);
                    return null;
                });
                remember(roomId, userId);
            } catch (RuntimeException e) {
                // the page is what the reader asked for; membership is retried on the next open
                LOG.warn("could not record user {} as member of room {}: {}", userId, roomId, e.getMessage());
            }
        }
        return page;
    }

    /**
     * A page of history: the newest, or older than {@code before}, newer than {@code after}, or
     * around {@code around} (at most one is set), as {@code userId} may see it.
     */
    public HistoryPage history(long userId, long roomId, Long before, Long after, Long around, int limit) {
        rooms.readable(userId, roomId);
        moderation.checkRead(userId, roomId);
        return reader.page(userId, roomId, before, after, around, limit);
    }

    /** The room's members whose user or display name starts with {@code prefix}, by user name. */
    public List<UserInfo> members(long userId, long roomId, String prefix, int limit) {
        rooms.readable(userId, roomId);
        moderation.checkRead(userId, roomId);
        List<Long> ids = db.read(c -> members.find(c, roomId, prefix == null ? null : prefix.strip(), limit));
        return inOrder(ids);
    }

    /** The users of {@code ids} that exist, in the order asked, once each. */
    public List<UserInfo> users(List<Long> ids) {
        return inOrder(new ArrayList<>(new LinkedHashSet<>(ids)));
    }

    private List<UserInfo> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, UserInfo> found = users.getAll(ids);
        List<UserInfo> list = new ArrayList<>(ids.size());
        for (Long id : ids) {
            UserInfo u = found.get(id);
            if (u != null) {
                list.add(u);
            }
        }
        return list;
    }

    private void remember(long roomId, long userId) {
        if (knownMembers.size() >= MAX_KNOWN_MEMBERS) {
            knownMembers.clear();
        }
        knownMembers.add(new Member(roomId, userId));
    }

    /**
     * Text rules: at most {@link Limits#MAX_TEXT_LENGTH} code points, line breaks normalized to
     * {@code \n}, no control characters other than newline and tab (they could disguise text in
     * other clients and logs), and not blank — unless the message carries an attachment, when
     * blank text is stored as empty.
     */
    static String checkText(String raw, boolean withAttachment) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            if (withAttachment) {
                return "";
            }
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

    static String checkText(String raw) {
        return checkText(raw, false);
    }
}
