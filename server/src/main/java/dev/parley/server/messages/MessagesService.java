package dev.parley.server.messages;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.accounts.Users;
import dev.parley.server.rooms.RoomsService;
import dev.parley.server.storage.Database;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Message rules: what text may be posted, exactly-once storage keyed by the client message id
 * (spec M-1) and history pages (spec M-2). Every call checks the room through
 * {@link RoomsService}, so no frame reaches a room the user may not read.
 */
public final class MessagesService {
    private final Database db;
    private final Messages messages = new Messages();
    private final Users users;
    private final RoomsService rooms;
    private final Clock clock;

    public MessagesService(Database db, Users users, RoomsService rooms, Clock clock) {
        this.db = db;
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

    /** Stores a message, or returns the one already stored under this client message id. Returns after commit. */
    public Posted send(long userId, long roomId, UUID clientMessageId, String rawText) {
        String text = checkText(rawText);
        Optional<MessageInfo> existing = db.read(c -> messages.findByClientId(c, userId, clientMessageId));
        if (existing.isPresent()) {
            return new Posted(existing.get(), author(userId), false);
        }
        rooms.writable(userId, roomId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        try {
            long id = db.inTransaction(c -> messages.insert(c, roomId, userId, clientMessageId, text, now));
            return new Posted(new MessageInfo(id, roomId, userId, text, now, null), author(userId), true);
        } catch (RuntimeException e) {
            // a concurrent resend on another connection of the same user won the race
            if (e.getCause() instanceof SQLException sql && Database.isUniqueViolation(sql)) {
                MessageInfo original = db.read(c -> messages.findByClientId(c, userId, clientMessageId)).orElseThrow(() -> e);
                return new Posted(original, author(userId), false);
            }
            throw e;
        }
    }

    /** A page of history older than {@code before} (newest page when null), ascending. */
    public HistoryPage history(long userId, long roomId, Long before, int limit) {
        rooms.readable(userId, roomId);
        int size = Math.max(1, Math.min(limit, Limits.MAX_PAGE_SIZE));
        Messages.Page page = db.read(c -> messages.page(c, roomId, before, size));
        List<MessageInfo> ascending = new ArrayList<>(page.newestFirst());
        Collections.reverse(ascending);
        return new HistoryPage(roomId, ascending, List.copyOf(page.authors().values()), page.hasMore());
    }

    private UserInfo author(long userId) {
        return db.read(c -> users.info(c, userId)).orElseThrow(() -> new ParleyException(ErrorCode.SESSION_INVALID));
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
