package dev.parley.server.rooms;

import dev.parley.protocol.frame.RoomChanged;
import dev.parley.protocol.frame.StartPrivate;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.transport.Connection;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.Dispatcher.Access;
import dev.parley.server.transport.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The {@code private} frame (spec R-3): opens or creates the caller's 1:1 chat with a user. A
 * new chat is announced with a {@code room} push to the two participants' connections only,
 * which are subscribed to it at once, never to anyone else (public rooms' pushes go to every logged-in connection).
 */
public final class PrivateChatsHandler {
    private final PrivateChatsService chats;
    private final Topics topics;
    private final LongFunction<Collection<Connection>> connectionsOf;

    /** @param connectionsOf a user's logged-in connections (from the presence index) */
    public PrivateChatsHandler(PrivateChatsService chats, Topics topics, LongFunction<Collection<Connection>> connectionsOf) {
        this.chats = chats;
        this.topics = topics;
        this.connectionsOf = connectionsOf;
    }

    public void register(Dispatcher dispatcher) {
        dispatcher.register(StartPrivate.class, Access.USER, this::start);
    }

    private RoomInfo start(Connection connection, StartPrivate request) {
        RoomsService.PrivateChat chat = chats.start(connection.userId(), request.user());
        if (chat.created()) {
            pushToParticipants(chat.room());
        }
        return chat.room();
    }

    /**
     * Subscribes the two participants' connections to a new private chat and sends them its
     * RoomInfo. Subscribing first means the first message, which the starter may send at once,
     * reaches the other participant (to count and to notify) even before their client has
     * answered the {@code room} push with a {@code watch}.
     */
    private void pushToParticipants(RoomInfo room) {
        List<Connection> recipients = new ArrayList<>();
        for (UserInfo p : room.participants()) {
            recipients.addAll(connectionsOf.apply(p.id()));
        }
        recipients.forEach(c -> topics.subscribe(c, room.id()));
        topics.push(recipients, new RoomChanged(room));
    }
}
