package dev.parley.server.transport;

import dev.parley.protocol.FrameCodec;
import dev.parley.protocol.frame.Push;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fan-out: which connections are subscribed to which topic (a room id), and broadcasting a
 * push to them. A broadcast is serialized once and the same text goes to every recipient,
 * handed over in parallel by {@link FanOutLanes}; each recipient's bounded queue protects the
 * server from slow readers. This is the seam the multi-node mode replaces with a pub/sub bus.
 */
public final class Topics implements AutoCloseable {
    private final Map<Long, Set<Connection>> subscribers = new ConcurrentHashMap<>();
    private final FrameCodec codec;
    private final FanOutLanes lanes;

    /** @param lanes threads that hand frames to sockets in parallel (one per core is right) */
    public Topics(FrameCodec codec, int lanes) {
        this.codec = codec;
        this.lanes = new FanOutLanes(lanes);
    }

    public void subscribe(Connection connection, long topic) {
        subscribers.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(connection);
        connection.topics().add(topic);
    }

    public void unsubscribe(Connection connection, long topic) {
        connection.topics().remove(topic);
        subscribers.computeIfPresent(topic, (t, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /** Drops every subscription of a closed connection. */
    public void unsubscribeAll(Connection connection) {
        for (Long topic : Set.copyOf(connection.topics())) {
            unsubscribe(connection, topic);
        }
    }

    /** Sends {@code push} to every subscriber of {@code topic} except {@code exclude} (may be null). */
    public void broadcast(long topic, Push push, Connection exclude) {
        Set<Connection> set = subscribers.get(topic);
        if (set == null || set.isEmpty()) {
            return;
        }
        lanes.send(set, codec.encode(push), exclude);
    }

    /**
     * Sends {@code push} to every subscriber of {@code topic} except {@code exclude} and the
     * connections of the users in {@code skipUsers}, who get a copy of their own (see
     * {@link #broadcastToUser}): per-reader differences travel as separate frames, so this copy is
     * still serialized once for everyone else.
     */
    public void broadcast(long topic, Push push, Connection exclude, Set<Long> skipUsers) {
        if (skipUsers.isEmpty()) {
            broadcast(topic, push, exclude);
            return;
        }
        Set<Connection> set = subscribers.get(topic);
        if (set == null || set.isEmpty()) {
            return;
        }
        java.util.List<Connection> recipients = new java.util.ArrayList<>(set.size());
        for (Connection c : set) {
            Long user = c.userId();
            if (user == null || !skipUsers.contains(user)) {
                recipients.add(c);
            }
        }
        if (!recipients.isEmpty()) {
            lanes.send(recipients, codec.encode(push), exclude);
        }
    }

    /** Sends {@code push} to the subscribers of {@code topic} logged in as {@code user}, except {@code exclude}. */
    public void broadcastToUser(long topic, long user, Push push, Connection exclude) {
        Set<Connection> set = subscribers.get(topic);
        if (set == null || set.isEmpty()) {
            return;
        }
        java.util.List<Connection> recipients = new java.util.ArrayList<>(2);
        for (Connection c : set) {
            if (c != exclude && Long.valueOf(user).equals(c.userId())) {
                recipients.add(c);
            }
        }
        push(recipients, push);
    }

    /** Sends {@code push}, serialized once, to each of {@code recipients} through its lane. */
    public void push(java.util.Collection<Connection> recipients, Push push) {
        if (recipients.isEmpty()) {
            return;
        }
        String text = codec.encode(push);
        for (Connection c : recipients) {
            lanes.sendTo(c, text);
        }
    }

    /** Queues a frame to one connection through its lane, in order with its broadcasts. */
    void sendTo(Connection connection, String text) {
        lanes.sendTo(connection, text);
    }

    /** Stops the fan-out threads after the frames already handed to them. */
    @Override
    public void close() {
        lanes.close();
    }

    /** Number of connections subscribed to a topic (for tests and metrics). */
    public int subscriberCount(long topic) {
        Set<Connection> set = subscribers.get(topic);
        return set == null ? 0 : set.size();
    }
}
