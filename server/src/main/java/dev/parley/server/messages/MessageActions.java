package dev.parley.server.messages;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.MessageHistory;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.VoteResult;
import dev.parley.server.audit.AuditLog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Rules for working with stored messages (specs M-4 … M-7, M-12): edit and its versions, delete,
 * votes, reactions, and revealing an anonymous author to an admin. Every request first finds the
 * message as the caller may see it: one that does not exist, or is in a room the caller may not
 * read (a ban included), is {@code message_not_found}, so ids reveal nothing.
 *
 * <p>Every change runs on the group-commit writer and re-reads the row there, so changes to one
 * message are serialized: two votes never lose an update of {@code score}, and an edit racing a
 * deletion finds the tombstone. Edits, votes and reactions count against the per-user and
 * per-address rate limits like messages (each one reaches every reader of the room as a push);
 * deletions do not (cleaning up spam must not be throttled).
 */
public final class MessageActions {
    private final MessagesService s;
    private final AuditLog audit;

    public MessageActions(MessagesService service, AuditLog audit) {
        this.s = service;
        this.audit = audit;
    }

    /** A message after a change: {@code changed} false when the request changed nothing (no push). */
    record Changed(StoredMessage message, Extras extras, boolean changed) {
    }

    record Voted(VoteResult result, boolean changed) {
    }

    record Reacted(Reaction reaction, long room, boolean changed) {
    }

    /** Edits one's own message (frame {@code edit}): a new version; the old ones are kept. */
    CompletableFuture<Changed> edit(long user, long id, String rawText, String address) {
        StoredMessage m = readable(user, id);
        if (m.author() != user) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        if (m.deleted()) {
            throw new ParleyException(ErrorCode.MESSAGE_DELETED);
        }
        RoomInfo room = open(user, m.room());
        s.moderation.checkMuted(user, room.id());
        String text = MessagesService.checkText(rawText, m.attachment() != null);
        if (text.equals(m.text())) {
            // nothing to change: no new version, no push
            return CompletableFuture.completedFuture(
                    new Changed(m, s.db.read(c -> s.loader.load(c, List.of(m), user)), false));
        }
        s.moderation.checkRate(user, address);
        Instant now = now();
        List<List<String>> named = MentionParser.candidates(text);
        return s.writer.submit(c -> {
            StoredMessage current = s.messages.find(c, id).orElseThrow(MessageActions::notFound);
            if (current.deleted()) {
                throw new ParleyException(ErrorCode.MESSAGE_DELETED);
            }
            s.messages.edit(c, current, text, now);
            s.mentions.replace(c, id, s.mentioned(c, named));
            StoredMessage edited = current.withText(text, now);
            return new Changed(edited, s.loader.load(c, List.of(edited), user), true);
        });
    }

    /** Every version of a message (frame {@code versions}); a tombstone's only for admins. */
    MessageHistory versions(long user, long id) {
        StoredMessage m = readable(user, id);
        if (m.deleted() && !s.users.role(user).isAdmin()) {
            throw new ParleyException(ErrorCode.MESSAGE_DELETED);
        }
        return new MessageHistory(id, m.room(), s.db.read(c -> s.messages.versions(c, id)));
    }

    /**
     * Deletes a message (frame {@code delete}): its author, or the room's owner or a moderator, or
     * an admin (spec M-5); anyone else is {@code forbidden}. Allowed in closed rooms and to muted
     * authors. A deletion by anyone but the author is audit-logged; for an anonymous message the
     * entry names no target, so the audit log does not reveal what {@code reveal_author} would.
     */
    CompletableFuture<Changed> delete(long user, long id) {
        StoredMessage m = readable(user, id);
        RoomInfo room = s.rooms.readable(user, m.room());
        boolean own = m.author() == user;
        if (!own && !s.moderation.moderates(user, room)) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        if (m.deleted()) {
            return CompletableFuture.completedFuture(new Changed(m, new Extras(), false));
        }
        Instant now = now();
        return s.writer.submit(c -> {
            boolean deleted = s.messages.markDeleted(c, id, user, now);
            if (deleted && !own) {
                audit.record(c, now, AuditAction.DELETE_MESSAGE, user, m.anonymous() ? null : m.author(), m.room(),
                        "message=" + id + (m.anonymous() ? " anonymous" : ""));
            }
            StoredMessage current = s.messages.find(c, id).orElseThrow(MessageActions::notFound);
            return new Changed(current, new Extras(), deleted);
        });
    }

    /** Sets the caller's vote (frame {@code vote}): 1, -1, or 0 to remove it (spec M-6). Muted users may vote. */
    CompletableFuture<Voted> vote(long user, long id, int value, String address) {
        StoredMessage m = readable(user, id);
        if (m.deleted()) {
            throw new ParleyException(ErrorCode.MESSAGE_DELETED);
        }
        open(user, m.room());
        s.moderation.checkRate(user, address);
        return s.writer.submit(c -> {
            StoredMessage current = s.messages.find(c, id).orElseThrow(MessageActions::notFound);
            if (current.deleted()) {
                throw new ParleyException(ErrorCode.MESSAGE_DELETED);
            }
            int old = s.votes.get(c, id, user);
            if (old == value) {
                return new Voted(new VoteResult(current.room(), id, current.score(), value), false);
            }
            s.votes.set(c, id, user, old, value);
            s.messages.addScore(c, id, value - old);
            return new Voted(new VoteResult(current.room(), id, current.score() + value - old, value), true);
        });
    }

    /** Adds or removes the caller's reaction (frame {@code react}); adding twice changes nothing. */
    CompletableFuture<Reacted> react(long user, long id, String emoji, boolean on, String address) {
        StoredMessage m = readable(user, id);
        if (m.deleted()) {
            throw new ParleyException(ErrorCode.MESSAGE_DELETED);
        }
        RoomInfo room = open(user, m.room());
        s.moderation.checkMuted(user, room.id());
        s.moderation.checkRate(user, address);
        Instant now = now();
        return s.writer.submit(c -> {
            StoredMessage current = s.messages.find(c, id).orElseThrow(MessageActions::notFound);
            if (current.deleted()) {
                throw new ParleyException(ErrorCode.MESSAGE_DELETED);
            }
            boolean changed = on ? s.reactions.add(c, id, emoji, user, now) : s.reactions.remove(c, id, emoji, user);
            Reactions.Found found = s.reactions.find(c, List.of(id), user);
            Tally tally = found.tallies().getOrDefault(id, List.of()).stream()
                    .filter(t -> t.emoji().equals(emoji)).findFirst().orElse(null);
            boolean mine = found.mine().getOrDefault(id, java.util.Set.of()).contains(emoji);
            Reaction reaction = tally == null ? new Reaction(emoji, 0, List.of(), false)
                    : new Reaction(emoji, tally.count(), tally.firstUsers(), mine);
            return new Reacted(reaction, current.room(), changed);
        });
    }

    /** Who wrote a message, anonymous or not (frame {@code reveal_author}): admins only, audit-logged. */
    UserInfo reveal(long user, long id) {
        s.moderation.requireAdmin(user);
        StoredMessage m = readable(user, id);
        UserInfo author = s.users.get(m.author());
        Instant now = now();
        s.db.inTransaction(c -> {
            audit.record(c, now, AuditAction.REVEAL_AUTHOR, user, m.author(), m.room(), "message=" + id);
            return null;
        });
        return author;
    }

    /** The message if it exists and {@code reader} may read its room now; else {@code message_not_found}. */
    StoredMessage readable(long reader, long id) {
        StoredMessage m = s.db.read(c -> s.messages.find(c, id)).orElseThrow(MessageActions::notFound);
        try {
            s.rooms.readable(reader, m.room());
            s.moderation.checkRead(reader, m.room());
        } catch (ParleyException e) {
            if (e.code() == ErrorCode.BANNED || e.code() == ErrorCode.ROOM_NOT_FOUND) {
                throw notFound();
            }
            throw e;
        }
        return m;
    }

    /** The room if it still takes changes: edits, votes and reactions stop when it is closed. */
    private RoomInfo open(long user, long roomId) {
        RoomInfo room = s.rooms.readable(user, roomId);
        if (room.closed()) {
            throw new ParleyException(ErrorCode.ROOM_CLOSED, Map.of("room", Long.toString(roomId)));
        }
        return room;
    }

    private Instant now() {
        return s.clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static ParleyException notFound() {
        return new ParleyException(ErrorCode.MESSAGE_NOT_FOUND);
    }
}
