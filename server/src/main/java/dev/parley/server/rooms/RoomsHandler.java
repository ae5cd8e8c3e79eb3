package dev.parley.server.rooms;

import dev.parley.protocol.frame.CloseRoom;
import dev.parley.protocol.frame.ListRooms;
import dev.parley.protocol.frame.OpenRoom;
import dev.parley.protocol.model.Done;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.RoomList;
import dev.parley.server.messages.MessagesService;
import dev.parley.server.transport.Connection;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.Dispatcher.Access;
import dev.parley.server.transport.Topics;

/**
 * Frames of the rooms feature: {@code rooms} (list), {@code open} (subscribe to a room's pushes,
 * become one of its members and get its newest page, or the page around a message: spec A-2)
 * and {@code close} (unsubscribe, from {@code open} or {@code watch}).
 */
public final class RoomsHandler {
    private final RoomsService rooms;
    private final MessagesService messages;
    private final Topics topics;
    private final java.util.function.BiConsumer<Long, Long> readCheck;

    /**
     * @param readCheck throws when a user may not read a room (a ban, from the moderation feature),
     *                  checked before subscribing
     */
    public RoomsHandler(RoomsService rooms, MessagesService messages, Topics topics,
                        java.util.function.BiConsumer<Long, Long> readCheck) {
        this.readCheck = readCheck;
        this.rooms = rooms;
        this.messages = messages;
        this.topics = topics;
    }

    public void register(Dispatcher dispatcher) {
        dispatcher.register(ListRooms.class, Access.USER, this::list);
        dispatcher.register(OpenRoom.class, Access.USER, this::open);
        dispatcher.register(CloseRoom.class, Access.USER, this::close);
    }

    private RoomList list(Connection connection, ListRooms request) {
        return new RoomList(rooms.list(connection.userId()));
    }

    private HistoryPage open(Connection connection, OpenRoom request) {
        rooms.readable(connection.userId(), request.room());
        readCheck.accept(connection.userId(), request.room());
        // subscribe before reading the page, so a message stored in between is pushed rather than lost
        topics.subscribe(connection, request.room());
        try {
            // checks the ban again, after subscribing: a ban committed in between is caught here
            return messages.open(connection.userId(), request.room(), request.around(), request.pageSize());
        } catch (RuntimeException e) {
            topics.unsubscribe(connection, request.room());
            throw e;
        }
    }

    private Done close(Connection connection, CloseRoom request) {
        rooms.readable(connection.userId(), request.room());
        topics.unsubscribe(connection, request.room());
        return new Done();
    }
}
