package dev.parley.server.attention;

import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.ConversationChanged;
import dev.parley.protocol.frame.ListConversations;
import dev.parley.protocol.frame.MarkRead;
import dev.parley.protocol.frame.SetNotify;
import dev.parley.protocol.frame.WatchRooms;
import dev.parley.protocol.model.ConversationList;
import dev.parley.protocol.model.ConversationState;
import dev.parley.protocol.model.Done;
import dev.parley.server.rooms.RoomsService;
import dev.parley.server.transport.Connection;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.Dispatcher.Access;
import dev.parley.server.transport.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;

/**
 * Frames of the attention feature: {@code conversations} (state and counts of every
 * conversation), {@code read} and {@code notify} (whose new state also goes, as a
 * {@code conversation} push, to the user's other connections, so all their clients agree), and
 * {@code watch} (subscribing to the pushes of many rooms without loading pages, so a client
 * counts new messages of the conversations it has not open).
 */
public final class AttentionHandler {
    private final AttentionService attention;
    private final RoomsService rooms;
    private final BiConsumer<Long, Long> readCheck;
    private final Topics topics;
    private final LongFunction<Collection<Connection>> connectionsOf;

    /**
     * @param readCheck     throws when a user may not read a room now (a ban); a watch skips it
     * @param connectionsOf a user's logged-in connections (from the presence index)
     */
    public AttentionHandler(AttentionService attention, RoomsService rooms, BiConsumer<Long, Long> readCheck,
                            Topics topics, LongFunction<Collection<Connection>> connectionsOf) {
        this.attention = attention;
        this.rooms = rooms;
        this.readCheck = readCheck;
        this.topics = topics;
        this.connectionsOf = connectionsOf;
    }

    public void register(Dispatcher dispatcher) {
        dispatcher.register(ListConversations.class, Access.USER, (c, q) -> new ConversationList(attention.conversations(c.userId())));
        dispatcher.register(MarkRead.class, Access.USER, (c, q) -> toOthers(c, attention.read(c.userId(), q.room(), q.message())));
        dispatcher.register(SetNotify.class, Access.USER, (c, q) -> toOthers(c, attention.notify(c.userId(), q.room(), q.on())));
        dispatcher.register(WatchRooms.class, Access.USER, this::watch);
    }

    private ConversationState toOthers(Connection connection, ConversationState state) {
        List<Connection> others = new ArrayList<>(connectionsOf.apply(connection.userId()));
        others.remove(connection);
        topics.push(others, new ConversationChanged(state));
        return state;
    }

    private Done watch(Connection connection, WatchRooms request) {
        long user = connection.userId();
        for (long room : request.rooms()) {
            try {
                rooms.readable(user, room);
                readCheck.accept(user, room);
            } catch (ParleyException cannotRead) {
                // rooms the caller may not read are skipped, and say nothing about themselves
                continue;
            }
            topics.subscribe(connection, room);
            try {
                // as open does: a ban committed between the check and the subscription is caught here
                readCheck.accept(user, room);
            } catch (ParleyException bannedMeanwhile) {
                topics.unsubscribe(connection, room);
            }
        }
        return new Done();
    }
}
