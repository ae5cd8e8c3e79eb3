package dev.parley.server.messages;

import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.ReactionsChanged;
import dev.parley.protocol.frame.ScoreChanged;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.VoteResult;
import dev.parley.server.transport.Connection;
import dev.parley.server.transport.Topics;
import java.util.Set;

/**
 * The pushes of the messages feature, to a room's subscribers except the connection that made
 * the change (its {@code ok} carries the result). Each distinct copy is serialized once: the
 * shared copy goes to everyone except the few users whose copy differs — the author of an
 * anonymous message (or of an anonymous quoted one), who gets it with the author, and a voter,
 * whose other connections get the {@code score} with their {@code myVote} (spec M-6, M-7).
 * Nothing sent to anyone else carries an anonymous author's id.
 */
final class MessagePushes {
    private final Topics topics;

    MessagePushes(Topics topics) {
        this.topics = topics;
    }

    /** A new message (push {@code message}). */
    void posted(StoredMessage m, Extras extras, UserInfo author, Connection origin) {
        Set<Long> apart = MessageView.viewersApart(m, extras);
        for (long viewer : apart) {
            MessageInfo copy = MessageView.of(m, extras, viewer, false);
            topics.broadcastToUser(m.room(), viewer, new MessagePosted(copy, copy.author() == null ? null : author), origin);
        }
        MessageInfo shared = MessageView.of(m, extras, null, false);
        topics.broadcast(m.room(), new MessagePosted(shared, shared.author() == null ? null : author), origin, apart);
    }

    /** An edited or deleted message (push {@code message_changed}). */
    void changed(StoredMessage m, Extras extras, Connection origin) {
        Set<Long> apart = MessageView.viewersApart(m, extras);
        for (long viewer : apart) {
            topics.broadcastToUser(m.room(), viewer, new MessageChanged(MessageView.of(m, extras, viewer, false)), origin);
        }
        topics.broadcast(m.room(), new MessageChanged(MessageView.of(m, extras, null, false)), origin, apart);
    }

    /** A new vote sum (push {@code score}): never who voted; the voter's other connections learn their own vote. */
    void score(VoteResult vote, long voter, Connection origin) {
        topics.broadcastToUser(vote.room(), voter,
                new ScoreChanged(vote.room(), vote.message(), vote.score(), vote.myVote()), origin);
        topics.broadcast(vote.room(), new ScoreChanged(vote.room(), vote.message(), vote.score(), null), origin, Set.of(voter));
    }

    /** A reaction added or removed (push {@code reactions}); reactions are not anonymous, so one copy. */
    void reacted(long room, long message, String emoji, long user, boolean on, int count, Connection origin) {
        topics.broadcast(room, new ReactionsChanged(room, message, emoji, user, on, count), origin);
    }
}
