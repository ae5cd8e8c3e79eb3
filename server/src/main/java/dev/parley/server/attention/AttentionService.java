package dev.parley.server.attention;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.ConversationState;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.rooms.RoomsService;
import dev.parley.server.storage.Database;
import dev.parley.server.storage.GroupCommitter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read state, unread and mention counts and notification settings (specs ),
 * per user and conversation (a public room or a private chat), stored on the server so they
 * follow the user from client to client.
 *
 * <p>Rules: the marker only moves forward, and only to a message of that conversation (an id
 * from elsewhere, or of nothing, is {@code message_not_found}, so a client cannot park its
 * marker in the future). Every message with an id up to the user's read floor (the newest
 * message when the account was created) counts as read, so the marker a client gets is never
 * below it. A user's own messages never count, and sending one moves the sender's marker to it:
 * writing in a conversation means having read it. A room the user is banned from shows nothing
 * unread. Counts are capped at {@link Limits#MAX_UNREAD_COUNT} ("that many or more") and cost at
 * most two bounded queries per conversation (see {@link ReadStates}).
 */
public final class AttentionService {
    private static final Logger LOG = LoggerFactory.getLogger(AttentionService.class);

    private final Database db;
    private final GroupCommitter writer;
    private final RoomsService rooms;
    private final BiConsumer<Long, Long> readCheck;
    private final ReadStates store = new ReadStates();

    /**
     * @param writer    takes every write of read state, so an acknowledged {@code read} or
     *                  {@code notify} survives a crash, and so this table has one writer
     * @param readCheck throws when a user may not read a room now (a ban, from moderation)
     */
    public AttentionService(Database db, GroupCommitter writer, RoomsService rooms, BiConsumer<Long, Long> readCheck) {
        this.db = db;
        this.writer = writer;
        this.rooms = rooms;
        this.readCheck = readCheck;
    }

    /** The state of every conversation {@code user} sees, in the order of {@code rooms}. */
    public List<ConversationState> conversations(long user) {
        List<RoomInfo> visible = rooms.list(user);
        return db.read(c -> {
            Map<Long, ReadStates.Row> rows = store.forUser(c, user);
            long floor = store.floor(c, user);
            List<ConversationState> states = new ArrayList<>(visible.size());
            for (RoomInfo room : visible) {
                states.add(state(c, user, room.id(), rows.getOrDefault(room.id(), ReadStates.Row.NONE), floor));
            }
            return states;
        });
    }

    /**
     * Marks {@code room} read up to {@code message} (a message of that room) for {@code user};
     * returns the state now (the marker never moves back).
     */
    public ConversationState read(long user, long room, long message) {
        rooms.readable(user, room);
        Optional<Long> postedIn = db.read(c -> store.roomOf(c, message));
        if (postedIn.isEmpty() || postedIn.get() != room) {
            throw new ParleyException(ErrorCode.MESSAGE_NOT_FOUND);
        }
        writer.submitAndWait(c -> {
            store.advance(c, user, room, message);
            return null;
        });
        return state(user, room);
    }

    /** Switches notifications of {@code room} for {@code user}; returns the state now. */
    public ConversationState notify(long user, long room, boolean on) {
        rooms.readable(user, room);
        writer.submitAndWait(c -> {
            store.setNotifications(c, user, room, on);
            return null;
        });
        return state(user, room);
    }

    /**
     * {@code user} sent {@code message} in {@code room}: their marker moves to it. Queued on the
     * group-commit writer without waiting (the message's own acknowledgement does not wait for
     * it; counts exclude one's own messages anyway, this only keeps the marker near the end so
     * counting stays short).
     */
    public void sent(long user, long room, long message) {
        writer.submit(c -> {
            store.advance(c, user, room, message);
            return null;
        }).exceptionally(e -> {
            LOG.debug("marker of user {} in room {} not moved: {}", user, room, e.toString());
            return null;
        });
    }

    /** The state of one conversation (which the caller checked {@code user} may see). */
    public ConversationState state(long user, long room) {
        return db.read(c -> state(c, user, room, store.find(c, user, room), store.floor(c, user)));
    }

    private ConversationState state(Connection c, long user, long room, ReadStates.Row row, long floor)
            throws SQLException {
        long marker = Math.max(row.lastRead(), floor);
        int unread = 0;
        int mentions = 0;
        if (!banned(user, room)) {
            int cap = Limits.MAX_UNREAD_COUNT;
            ReadStates.Unread u = store.unread(c, room, user, marker, cap);
            unread = u.count();
            if (unread > 0) {
                // below the cap the newest unread message bounds the mention scan too
                mentions = store.mentions(c, room, user, marker, unread < cap ? u.newest() : Long.MAX_VALUE, cap);
            }
        }
        return new ConversationState(room, marker == 0 ? null : marker, unread, mentions, row.notifications());
    }

    private boolean banned(long user, long room) {
        try {
            readCheck.accept(user, room);
            return false;
        } catch (ParleyException e) {
            return true;
        }
    }
}
