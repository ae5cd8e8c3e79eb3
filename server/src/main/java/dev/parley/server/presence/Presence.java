package dev.parley.server.presence;

import dev.parley.protocol.frame.PresenceChanged;
import dev.parley.server.transport.Connection;
import dev.parley.server.transport.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who is online (spec ), in memory: each user's logged-in connections, and for each user
 * the connections following their presence ({@code watch_presence}). A user is online while they
 * have at least one logged-in connection, so several connections count as one: only the first
 * login and the last logout, close or idle drop change anything, and only then is a
 * {@code presence} push sent, to that user's followers alone (a change costs O(followers), never
 * O(all connections)). The same index answers "this user's connections" for the features that
 * push to one user (read state, private chats) without scanning every connection.
 *
 * <p>Each user's transitions and the pushes they cause happen under one lock of a small striped
 * set, so a quick offline-online flicker reaches every follower in the order it happened.
 * Everything a connection registered is forgotten when it logs out or ends.
 */
public final class Presence {
    private static final int STRIPES = 64;

    private final Topics topics;
    private final Object[] locks = new Object[STRIPES];
    /** A user's logged-in connections; no entry when none. */
    private final Map<Long, Set<Connection>> sessions = new ConcurrentHashMap<>();
    /** The connections following a user's presence; no entry when none. */
    private final Map<Long, Set<Connection>> followers = new ConcurrentHashMap<>();
    /** The users each connection follows. */
    private final Map<Connection, Set<Long>> following = new ConcurrentHashMap<>();
    /** The user each logged-in connection is counted for. */
    private final Map<Connection, Long> counted = new ConcurrentHashMap<>();

    public Presence(Topics topics) {
        this.topics = topics;
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** {@code connection} has logged in (login, register, resume, guest): its user may come online. */
    public void loggedIn(Connection connection) {
        Long user = connection.userId();
        if (user == null) {
            return;
        }
        synchronized (lock(user)) {
            if (counted.putIfAbsent(connection, user) == null) {
                Set<Connection> theirs = sessions.computeIfAbsent(user, k -> ConcurrentHashMap.newKeySet());
                theirs.add(connection);
                if (theirs.size() == 1) {
                    announce(user, true);
                }
            }
        }
        if (connection.ended()) {
            // it closed while logging in: the transport's close callback may have run before
            // the registration above, so undo it here
            ended(connection);
        }
    }

    /** {@code connection} is logging out: its user may go offline; it follows nobody any more. */
    public void loggedOut(Connection connection) {
        Long user = counted.get(connection);
        if (user != null) {
            synchronized (lock(user)) {
                if (counted.remove(connection, user)) {
                    Set<Connection> theirs = sessions.get(user);
                    if (theirs != null && theirs.remove(connection) && theirs.isEmpty()) {
                        sessions.remove(user);
                        announce(user, false);
                    }
                }
            }
        }
        unfollowAll(connection);
    }

    /** {@code connection} has ended (closed, or dropped by the idle timeout). */
    public void ended(Connection connection) {
        loggedOut(connection);
    }

    /** Whether {@code user} has a logged-in connection now. */
    public boolean isOnline(long user) {
        return sessions.containsKey(user);
    }

    /** {@code user}'s logged-in connections now (a snapshot). */
    public List<Connection> connectionsOf(long user) {
        Set<Connection> theirs = sessions.get(user);
        return theirs == null ? List.of() : List.copyOf(theirs);
    }

    /** Users online now (for tests and metrics). */
    public int onlineCount() {
        return sessions.size();
    }

    /**
     * Makes {@code connection} follow exactly {@code users} (replacing what it followed) and
     * returns those of them who are online, in the order given. Each user's state is read in
     * the same step as the follower is added, so every later change reaches the connection as
     * a push; a push may still arrive before this answer, and the answer is never newer than
     * the pushes that follow it.
     */
    public List<Long> follow(Connection connection, Collection<Long> users) {
        Set<Long> wanted = new LinkedHashSet<>(users);
        Set<Long> before = following.getOrDefault(connection, Set.of());
        for (Long user : before) {
            if (!wanted.contains(user)) {
                removeFollower(user, connection);
            }
        }
        List<Long> online = new ArrayList<>();
        for (Long user : wanted) {
            synchronized (lock(user)) {
                followers.computeIfAbsent(user, k -> ConcurrentHashMap.newKeySet()).add(connection);
                if (sessions.containsKey(user)) {
                    online.add(user);
                }
            }
        }
        if (wanted.isEmpty()) {
            following.remove(connection);
        } else {
            following.put(connection, Set.copyOf(wanted));
        }
        if (connection.ended() || !connection.isAuthenticated()) {
            unfollowAll(connection);
        }
        return online;
    }

    private void unfollowAll(Connection connection) {
        Set<Long> followed = following.remove(connection);
        if (followed != null) {
            for (Long user : followed) {
                removeFollower(user, connection);
            }
        }
    }

    private void removeFollower(long user, Connection connection) {
        synchronized (lock(user)) {
            Set<Connection> set = followers.get(user);
            if (set != null && set.remove(connection) && set.isEmpty()) {
                followers.remove(user);
            }
        }
    }

    // Called with the user's lock held, so one user's pushes leave in the order of the changes.
    private void announce(long user, boolean online) {
        Set<Connection> set = followers.get(user);
        if (set != null && !set.isEmpty()) {
            topics.push(List.copyOf(set), new PresenceChanged(user, online));
        }
    }

    private Object lock(long user) {
        return locks[(int) Math.floorMod(user, (long) STRIPES)];
    }
}
