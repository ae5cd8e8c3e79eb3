package dev.parley.server.transport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The live connections, for features that must act on connections other than the one a
 * request came on (ending every connection of a revoked session, later presence). The
 * transport adds and removes; features only look and close.
 */
public final class Connections {
    /** Close code for a connection whose session was ended elsewhere (logout, password change). */
    public static final int SESSION_ENDED = 4001;
    /** Close code for a connection from which nothing arrived within the idle timeout. */
    public static final int IDLE_TIMEOUT = 4002;
    /** Close code for a connection that did not log in within the login timeout. */
    public static final int LOGIN_TIMEOUT = 4000;

    /** Close code for a connection from an address an admin blocked (spec MOD-9). */
    public static final int ADDRESS_BLOCKED = 4003;

    private final Set<Connection> live = ConcurrentHashMap.newKeySet();

    void add(Connection c) {
        live.add(c);
    }

    void remove(Connection c) {
        live.remove(c);
    }

    /** Characters waiting in all outbound queues: what slow readers cost the server now. */
    public long queuedChars() {
        long total = 0;
        for (Connection c : live) {
            total += c.queuedChars();
        }
        return total;
    }

    public int size() {
        return live.size();
    }

    /** Closes every live connection matching {@code which} with {@code code} and {@code reason}. */
    public int closeWhere(Predicate<Connection> which, int code, String reason) {
        int closed = 0;
        for (Connection c : live) {
            if (which.test(c)) {
                c.close(code, reason);
                closed++;
            }
        }
        return closed;
    }

    /** The live connections matching {@code which} (a user's connections, an address's). */
    public java.util.List<Connection> matching(Predicate<Connection> which) {
        return live.stream().filter(which).toList();
    }

    Set<Connection> all() {
        return live;
    }
}
