package dev.parley.server.messages;

import dev.parley.protocol.frame.DeleteMessage;
import dev.parley.protocol.frame.EditMessage;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.FetchUsers;
import dev.parley.protocol.frame.MessageVersions;
import dev.parley.protocol.frame.React;
import dev.parley.protocol.frame.RevealAuthor;
import dev.parley.protocol.frame.RoomMembers;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.frame.Vote;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserList;
import dev.parley.server.transport.Connection;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.Dispatcher.Access;
import dev.parley.server.transport.Topics;
import java.util.concurrent.CompletionStage;

/**
 * Frames of the messages feature: {@code send} (stored, acknowledged after commit, then pushed
 * to the room's other subscribers), {@code history}, and working with messages: {@code edit},
 * {@code versions}, {@code delete}, {@code vote}, {@code react}, {@code members}, {@code users},
 * {@code reveal_author}. The rules are in {@link MessagesService} and {@link MessageActions};
 * this class translates, and sends the pushes of committed changes through {@link MessagePushes}.
 */
public final class MessagesHandler {
    /** Told of each message stored now (not of a resend that found its original). */
    public interface StoredListener {
        void stored(long author, long room, long message);
    }

    private final MessagesService messages;
    private final MessageActions actions;
    private final MessagePushes pushes;
    private final StoredListener stored;

    public MessagesHandler(MessagesService messages, MessageActions actions, Topics topics) {
        this(messages, actions, topics, (author, room, message) -> { });
    }

    /** @param stored told of each new message after its commit (the attention feature moves the author's read marker) */
    public MessagesHandler(MessagesService messages, MessageActions actions, Topics topics, StoredListener stored) {
        this.messages = messages;
        this.actions = actions;
        this.pushes = new MessagePushes(topics);
        this.stored = stored;
    }

    public void register(Dispatcher d) {
        d.registerAsync(SendMessage.class, Access.USER, this::send);
        d.register(FetchHistory.class, Access.USER, (c, q) ->
                messages.history(c.userId(), q.room(), q.before(), q.after(), q.around(), q.pageSize()));
        d.registerAsync(EditMessage.class, Access.USER, this::edit);
        d.register(MessageVersions.class, Access.USER, (c, q) -> actions.versions(c.userId(), q.message()));
        d.registerAsync(DeleteMessage.class, Access.USER, this::delete);
        d.registerAsync(Vote.class, Access.USER, (c, q) ->
                actions.vote(c.userId(), q.message(), q.value(), c.remoteAddress()).thenApply(voted -> {
                    if (voted.changed()) {
                        pushes.score(voted.result(), c.userId(), c);
                    }
                    return voted.result();
                }));
        d.registerAsync(React.class, Access.USER, (c, q) ->
                actions.react(c.userId(), q.message(), q.emoji(), q.on(), c.remoteAddress()).thenApply(reacted -> {
                    if (reacted.changed()) {
                        pushes.reacted(reacted.room(), q.message(), q.emoji(), c.userId(), q.on(), reacted.reaction().count(), c);
                    }
                    return reacted.reaction();
                }));
        d.register(RoomMembers.class, Access.USER, (c, q) ->
                new UserList(messages.members(c.userId(), q.room(), q.prefix(), q.maxUsers())));
        d.register(FetchUsers.class, Access.USER, (c, q) -> new UserList(messages.users(q.ids())));
        d.register(RevealAuthor.class, Access.USER, (c, q) -> actions.reveal(c.userId(), q.message()));
    }

    private CompletionStage<MessageInfo> send(Connection connection, SendMessage request) {
        long user = connection.userId();
        return messages.send(user, request, connection.remoteAddress()).thenApply(posted -> {
            if (posted.stored()) {
                // the sender's connection gets its copy in the ok; a resend is not pushed again
                pushes.posted(posted.message(), posted.extras(), posted.author(), connection);
                stored.stored(user, posted.message().room(), posted.message().id());
            }
            return MessageView.of(posted.message(), posted.extras(), user, true);
        });
    }

    private CompletionStage<MessageInfo> edit(Connection connection, EditMessage request) {
        long user = connection.userId();
        return actions.edit(user, request.message(), request.text(), connection.remoteAddress())
                .thenApply(changed -> announce(changed, user, connection));
    }

    private CompletionStage<MessageInfo> delete(Connection connection, DeleteMessage request) {
        long user = connection.userId();
        return actions.delete(user, request.message()).thenApply(changed -> announce(changed, user, connection));
    }

    private MessageInfo announce(MessageActions.Changed changed, long user, Connection connection) {
        if (changed.changed()) {
            pushes.changed(changed.message(), changed.extras(), connection);
        }
        return MessageView.of(changed.message(), changed.extras(), user, true);
    }
}
