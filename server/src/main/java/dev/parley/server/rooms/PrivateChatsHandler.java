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
 * never to anyone else (public rooms' pushes go to every logged-in connection).
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

    /** Sends a private chat's RoomInfo to its two participants' connections. */
    private void pushToParticipants(RoomInfo room) {
        List<Connection> recipients = new ArrayList<>();
        for (UserInfo p : room.participants()) {
            recipients.addAll(connectionsOf.apply(p.id()));
        }
        topics.push(recipients, new RoomChanged(room));
    }
}
