package dev.parley.server.messages;

import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.server.transport.Connection;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.Dispatcher.Access;
import dev.parley.server.transport.Topics;
import java.util.concurrent.CompletionStage;

/**
 * Frames of the messages feature: {@code send} (stored, acknowledged after commit, then pushed
 * to the room's other subscribers) and {@code history}.
 */
public final class MessagesHandler {
    /** Told of each message stored now (not of a resend that found its original). */
    public interface StoredListener {
        void stored(long author, long room, long message);
    }

    private final MessagesService messages;
    private final Topics topics;
    private final StoredListener stored;

    public MessagesHandler(MessagesService messages, Topics topics) {
        this(messages, topics, (author, room, message) -> { });
    }

    /** @param stored told of each new message after its commit (the attention feature moves the author's read marker) */
    public MessagesHandler(MessagesService messages, Topics topics, StoredListener stored) {
        this.messages = messages;
        this.topics = topics;
        this.stored = stored;
    }

    public void register(Dispatcher dispatcher) {
        dispatcher.registerAsync(SendMessage.class, Access.USER, this::send);
        dispatcher.register(FetchHistory.class, Access.USER, this::history);
    }

    private CompletionStage<MessageInfo> send(Connection connection, SendMessage request) {
        long author = connection.userId();
        return messages.send(author, request.room(), request.clientMessageId(), request.text(),
                        connection.remoteAddress())
                .thenApply(posted -> {
                    if (posted.stored()) {
                        // the sender's connection gets its copy in the ok; a resend is not pushed again
                        topics.broadcast(posted.message().room(), new MessagePosted(posted.message(), posted.author()), connection);
                        stored.stored(author, posted.message().room(), posted.message().id());
                    }
                    return posted.message();
                });
    }

    private HistoryPage history(Connection connection, FetchHistory request) {
        return messages.history(connection.userId(), request.room(), request.before(), request.after(), request.around(),
                request.pageSize());
    }
}
