package dev.parley.server.transport;

import dev.parley.protocol.Limits;
import dev.parley.protocol.Protocol;
import jakarta.websocket.CloseReason;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.PongMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.glassfish.tyrus.core.TyrusSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket edge: accepts connections on {@code /ws}, hands each text frame to the
 * {@link Dispatcher}, and tracks live connections so shutdown can close them. It knows no
 * feature; features see only {@link Connection}, {@link Topics} and the dispatcher.
 *
 * <p>Tyrus delivers the frames of one session one at a time, so a connection's requests are
 * handled in order; different connections run in parallel on Grizzly's worker threads.
 */
public final class WebSocketTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketTransport.class);

    private final Dispatcher dispatcher;
    private final Topics topics;
    private final Connections connections;
    private final Duration loginTimeout;
    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "parley-timers");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong nextConnectionId = new AtomicLong();
    private final BoundGrizzlyContainer container;
    private final java.util.List<Consumer<Connection>> closeListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile java.util.function.Predicate<String> addressBlocked = a -> false;
    private volatile java.util.Set<String> trustedProxies = java.util.Set.of();
    /** User property carrying the X-Forwarded-For header from the handshake to the session. */
    private static final String FORWARDED_FOR = "parley.forwardedFor";

    /**
     * @param loginTimeout how long a connection may stay open without logging in; it is closed
     *                     with {@link Connections#LOGIN_TIMEOUT} after that
     * @param maxConnectionsPerAddress further WebSocket handshakes from an address holding this
     *                     many connections are refused
     * @param idleTimeout  connections silent this long (no frame, no pong) are closed with
     *                     {@link Connections#IDLE_TIMEOUT}; every connection is pinged at a third of it,
     *                     so a live client always answers in time, and a dead one (a laptop that
     *                     slept, a cut cable) is found within the timeout
     */
    public WebSocketTransport(Dispatcher dispatcher, Topics topics, Connections connections, String host,
                              Duration loginTimeout, int maxConnectionsPerAddress, Duration idleTimeout) {
        this.dispatcher = dispatcher;
        this.topics = topics;
        this.connections = connections;
        this.loginTimeout = loginTimeout;
        // cancelled login timeouts (every login) leave the queue at once instead of after 30 s
        timer.setRemoveOnCancelPolicy(true);
        long idleNanos = idleTimeout.toNanos();
        long pingMillis = Math.max(1, idleTimeout.toMillis() / 3);
        timer.scheduleWithFixedDelay(() -> {
            for (Connection c : connections.all()) {
                if (c.silentNanos() > idleNanos) {
                    LOG.debug("{} silent for more than {}", c, idleTimeout);
                    c.close(Connections.IDLE_TIMEOUT, "idle timeout");
                    // a dead peer may take seconds more to let go of its socket: it is gone now
                    // (its user goes offline within the idle timeout, not after the hard close)
                    ended(c);
                } else {
                    c.ping();
                }
            }
        }, pingMillis, pingMillis, TimeUnit.MILLISECONDS);
        this.container = new BoundGrizzlyContainer(host, Limits.TRANSPORT_BUFFER_BYTES, maxConnectionsPerAddress);
    }

    /** Runs {@code task} every {@code period} on the transport's timer thread (housekeeping). */
    public void every(Duration period, Runnable task) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                LOG.warn("periodic task failed: {}", e.toString());
            }
        }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Adds a listener called once per connection when it ends, after its subscriptions were
     * dropped (uploads in progress, presence): when it closed, or as soon as the idle timeout
     * condemned it. Every listener added is called, in the order added.
     */
    public void onConnectionClosed(Consumer<Connection> listener) {
        closeListeners.add(listener);
    }

    private void ended(Connection c) {
        if (c.markEnded()) {
            topics.unsubscribeAll(c);
            for (Consumer<Connection> listener : closeListeners) {
                try {
                    listener.accept(c);
                } catch (RuntimeException e) {
                    LOG.warn("{}: close listener failed: {}", c, e.toString());
                }
            }
        }
    }

    /**
     * Refuses connections from addresses for which {@code blocked} is true (closed with
     * {@link Connections#ADDRESS_BLOCKED} right after the handshake), and believes the
     * {@code X-Forwarded-For} header only from {@code proxies} (canonical IP literals).
     */
    public void addressPolicy(java.util.function.Predicate<String> blocked, java.util.Set<String> proxies) {
        this.addressBlocked = blocked;
        this.trustedProxies = java.util.Set.copyOf(proxies);
    }

    /**
     * The client's address: the socket peer, unless the peer is a trusted proxy, in which case
     * the right-most address in {@code X-Forwarded-For} that is not itself a trusted proxy (the
     * left part of the header is whatever the client wrote, so it cannot be believed).
     */
    String clientAddress(String peer, String forwardedFor) {
        String address = canonical(peer);
        if (forwardedFor == null || !trustedProxies.contains(address)) {
            return address;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = dev.parley.server.config.ModerationConfig.canonicalAddress(hops[i].strip());
            if (hop == null) {
                return address;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return address;
    }

    private static String canonical(String peer) {
        String c = dev.parley.server.config.ModerationConfig.canonicalAddress(peer);
        return c == null ? peer : c;
    }

    /** Starts listening; returns the bound port. */
    public int start(int port) throws IOException {
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(ParleyEndpoint.class, Protocol.PATH)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public void modifyHandshake(ServerEndpointConfig sec, jakarta.websocket.server.HandshakeRequest request,
                                                jakarta.websocket.HandshakeResponse response) {
                        // Tyrus copies these properties into the session being opened (WebSocket 2.1)
                        java.util.List<String> values = request.getHeaders().entrySet().stream()
                                .filter(e -> e.getKey().equalsIgnoreCase("X-Forwarded-For"))
                                .flatMap(e -> e.getValue().stream()).toList();
                        if (values.isEmpty()) {
                            sec.getUserProperties().remove(FORWARDED_FOR);
                        } else {
                            sec.getUserProperties().put(FORWARDED_FOR, String.join(",", values));
                        }
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T getEndpointInstance(Class<T> endpointClass) {
                        return (T) new ParleyEndpoint(WebSocketTransport.this);
                    }
                })
                .build();
        try {
            container.addEndpoint(config);
            container.start("/", port);
        } catch (DeploymentException e) {
            throw new IOException("cannot start WebSocket endpoint: " + e.getMessage(), e);
        }
        return container.getPort();
    }

    /** TCP connections of WebSocket sessions still open (closed sessions whose socket lingers count). */
    public int openSockets() {
        return container.sockets().openSockets();
    }

    public int connectionCount() {
        return connections.size();
    }

    /**
     * Stops accepting requests, waits briefly for those in flight, then closes every connection
     * with "going away" and stops the listener.
     */
    @Override
    public void close() {
        dispatcher.drain(5_000);
        // hand out what the finished requests replied, and give peers a moment to take it,
        // before the close frames go out
        topics.close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (System.nanoTime() < deadline && !connections.all().stream().allMatch(Connection::drained)) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Connection c : connections.all()) {
            c.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "server shutting down"));
        }
        timer.shutdownNow();
        container.stop();
        LOG.info("transport stopped");
    }

    /**
     * One instance per WebSocket session. Public and static only because Tyrus invokes its
     * methods reflectively; it is created solely by the configurator above.
     */
    public static final class ParleyEndpoint extends Endpoint {
        private final WebSocketTransport transport;
        private Connection connection;

        ParleyEndpoint(WebSocketTransport transport) {
            this.transport = transport;
        }

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            String peer = session instanceof TyrusSession ts && ts.getRemoteAddr() != null
                    ? ts.getRemoteAddr() : "unknown";
            Object forwarded = session.getUserProperties().get(FORWARDED_FOR);
            String address = transport.clientAddress(peer, forwarded instanceof String f ? f : null);
            session.setMaxTextMessageBufferSize(Limits.TRANSPORT_BUFFER_BYTES);
            session.setMaxBinaryMessageBufferSize(Limits.MAX_FRAME_BYTES);
            Connection c = new Connection(transport.nextConnectionId.incrementAndGet(), session, address,
                    transport.container.sockets().hardCloserForCurrent(), transport.timer);
            connection = c;
            transport.connections.add(c);
            c.loginTimeout(transport.timer.schedule(() -> {
                if (!c.isAuthenticated() && !c.isClosed()) {
                    LOG.debug("{} did not log in within {}", c, transport.loginTimeout);
                    c.close(Connections.LOGIN_TIMEOUT, "login timeout");
                }
            }, transport.loginTimeout.toMillis(), TimeUnit.MILLISECONDS));
            if (transport.addressBlocked.test(address)) {
                LOG.info("refused a connection from blocked address {}", address);
                c.close(Connections.ADDRESS_BLOCKED, "address blocked");
                return;
            }
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                c.heard();
                transport.dispatcher.dispatch(c, text);
            });
            session.addMessageHandler(PongMessage.class, (MessageHandler.Whole<PongMessage>) pong -> c.heard());
            LOG.debug("{} opened", connection);
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            if (connection == null) {
                return;
            }
            connection.markClosed();
            transport.connections.remove(connection);
            transport.topics.unsubscribeAll(connection);
            transport.ended(connection);
            LOG.debug("{} closed: {}", connection, reason.getCloseCode());
        }

        @Override
        public void onError(Session session, Throwable error) {
            LOG.debug("{} error: {}", connection, error.toString());
        }
    }
}
