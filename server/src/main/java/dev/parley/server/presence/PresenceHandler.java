package dev.parley.server.presence;

import dev.parley.protocol.frame.WatchPresence;
import dev.parley.protocol.model.PresenceList;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.Dispatcher.Access;

/**
 * The {@code watch_presence} frame (spec A-5): which of the given users are online, and follow
 * them from now on. Presence is no secret among logged-in users (it is what makes names change
 * colour), so any user id may be asked about; ids of nobody are simply offline.
 */
public final class PresenceHandler {
    private final Presence presence;

    public PresenceHandler(Presence presence) {
        this.presence = presence;
    }

    public void register(Dispatcher dispatcher) {
        dispatcher.register(WatchPresence.class, Access.USER, (c, q) -> new PresenceList(presence.follow(c, q.users())));
    }
}
