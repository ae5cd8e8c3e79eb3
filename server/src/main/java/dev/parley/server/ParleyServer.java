package dev.parley.server;

import dev.parley.protocol.FrameCodec;
import dev.parley.server.accounts.AccountAdmin;
import dev.parley.server.accounts.AccountsHandler;
import dev.parley.server.attachments.AttachmentsHandler;
import dev.parley.server.attachments.AttachmentsService;
import dev.parley.server.attention.AttentionHandler;
import dev.parley.server.attention.AttentionService;
import dev.parley.server.presence.Presence;
import dev.parley.server.presence.PresenceHandler;
import dev.parley.server.rooms.PrivateChatsHandler;
import dev.parley.server.rooms.PrivateChatsService;
import dev.parley.server.audit.AuditLog;
import dev.parley.server.moderation.ModerationHandler;
import dev.parley.server.moderation.ModerationService;
import dev.parley.server.accounts.AccountsService;
import dev.parley.server.accounts.UserDirectory;
import dev.parley.server.accounts.Users;
import dev.parley.server.config.ServerConfig;
import dev.parley.server.messages.MessageActions;
import dev.parley.server.messages.MessagesHandler;
import dev.parley.server.messages.MessagesService;
import dev.parley.server.profiles.ProfilesHandler;
import dev.parley.server.profiles.ProfilesService;
import dev.parley.server.rooms.RoomsHandler;
import dev.parley.server.rooms.RoomsService;
import dev.parley.server.storage.Database;
import dev.parley.server.storage.GroupCommitter;
import dev.parley.server.transport.Connections;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.RequestMetrics;
import dev.parley.server.transport.Topics;
import dev.parley.server.transport.WebSocketTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds storage, every feature's store, service and handler, and the
 * WebSocket transport, with plain constructors, in one place. Used by {@code parley server},
 * by the desktop client's "Host a chat" and by the tests (on port 0).
 *
 * <p>{@link #close()} shuts down in the safe order: refuse new requests and let those in flight
 * finish, close every connection, stop listening, then close the database.
 */
public final class ParleyServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);
    /** Name and version the server reports in {@code welcome}. */
    public static final String NAME = "Parley " + version();

    private final ServerConfig config;
    private final Database db;
    private final GroupCommitter writer;
    private final WebSocketTransport transport;
    private final Connections connections;
    private final RequestMetrics metrics;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AccountAdmin accountAdmin;
    private final AttachmentsService attachments;

    private ParleyServer(ServerConfig config, Database db, GroupCommitter writer, WebSocketTransport transport,
                         Connections connections, RequestMetrics metrics, int port, AccountAdmin accountAdmin,
                         AttachmentsService attachments) {
        this.accountAdmin = accountAdmin;
        this.attachments = attachments;
        this.connections = connections;
        this.metrics = metrics;
        this.config = config;
        this.db = db;
        this.writer = writer;
        this.transport = transport;
        this.port = port;
    }

    public static ParleyServer start(ServerConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** Starts a server; time-dependent rules read {@code clock} (tests pass a controllable one). */
    public static ParleyServer start(ServerConfig config, Clock clock) {
        long started = System.nanoTime();
        routeJulToSlf4j();
        Database db = Database.openH2(config.dataDir());
        GroupCommitter writer = new GroupCommitter(db, config.durability());
        AttachmentsService attachments = null;
        try {
            FrameCodec codec = new FrameCodec();
            Topics topics = new Topics(codec, Runtime.getRuntime().availableProcessors());
            Dispatcher dispatcher = new Dispatcher(codec, topics);
            Connections connections = new Connections();

            Users users = new Users();
            UserDirectory directory = new UserDirectory(db, users);
            AccountsService accounts = new AccountsService(db, writer, users, directory, clock, config.registrationOpen(),
                    config.moderation().guests());
            AuditLog audit = new AuditLog(db, directory);
            RoomsService rooms = new RoomsService(db, clock, directory, audit);
            rooms.syncFixedRooms(config.rooms());
            ModerationService moderation = new ModerationService(db, directory, rooms, accounts, audit,
                    config.moderation(), clock);
            MessagesService messages = new MessagesService(db, writer, directory, rooms, moderation, clock);
            attachments = new AttachmentsService(db, writer, config.dataDir(), config.uploads(),
                    config.durability() == dev.parley.server.storage.Durability.FSYNC, rooms, moderation, clock);
            ProfilesService profiles = new ProfilesService(writer, directory, attachments, rooms);
            Presence presence = new Presence(topics);
            AttentionService attention = new AttentionService(db, writer, rooms, moderation::checkRead);

            new AccountsHandler(accounts, topics, connections, NAME, moderation::checkAddressRate,
                    config.uploads().maxPictureBytes(), config.uploads().maxFileBytes())
                    .sessionListener(new AccountsHandler.SessionListener() {
                        @Override
                        public void loggedIn(dev.parley.server.transport.Connection c) {
                            presence.loggedIn(c);
                        }

                        @Override
                        public void loggedOut(dev.parley.server.transport.Connection c) {
                            presence.loggedOut(c);
                        }
                    }).register(dispatcher);
            new RoomsHandler(rooms, messages, topics, moderation::checkRead).register(dispatcher);
            new MessagesHandler(messages, new MessageActions(messages, audit), topics, attention::sent).register(dispatcher);
            new ModerationHandler(moderation, topics, connections).register(dispatcher);
            new PrivateChatsHandler(new PrivateChatsService(rooms, directory, moderation::hasBlocked,
                    moderation::checkNotBannedEverywhere), topics, presence::connectionsOf).register(dispatcher);
            new AttentionHandler(attention, rooms, moderation::checkRead, topics, presence::connectionsOf).register(dispatcher);
            new PresenceHandler(presence).register(dispatcher);
            new AttachmentsHandler(attachments).register(dispatcher);
            new ProfilesHandler(profiles, topics, connections).register(dispatcher);

            WebSocketTransport transport = new WebSocketTransport(dispatcher, topics, connections, config.host(),
                    java.time.Duration.ofSeconds(config.loginTimeoutSeconds()), config.maxConnectionsPerAddress(),
                    java.time.Duration.ofSeconds(config.idleTimeoutSeconds()));
            transport.onConnectionClosed(presence::ended);
            transport.addressPolicy(moderation::isAddressBlocked, java.util.Set.copyOf(config.moderation().trustedProxies()));
            transport.every(java.time.Duration.ofMinutes(1), moderation::sweep);
            AttachmentsService uploads = attachments;
            transport.onConnectionClosed(c -> uploads.connectionClosed(c.id()));
            transport.every(java.time.Duration.ofMinutes(1), uploads::sweep);
            int port = transport.start(config.port());
            LOG.info("Parley server listening on {}:{} (data {}) after {} ms", config.host(), port,
                    config.dataDir().toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
            return new ParleyServer(config, db, writer, transport, connections, dispatcher.metrics(), port,
                    new AccountAdmin(db, directory, clock), attachments);
        } catch (IOException e) {
            closeQuietly(attachments);
            writer.close();
            db.close();
            throw new UncheckedIOException("cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(attachments);
            writer.close();
            db.close();
            throw e;
        }
    }

    private static void closeQuietly(AttachmentsService attachments) {
        if (attachments != null) {
            attachments.close();
        }
    }

    /**
     * Account administration on this running server (the superuser, password resets, roles):
     * what {@code parley admin} does on a stopped one; tests use it to make admins.
     */
    public AccountAdmin accountAdmin() {
        return accountAdmin;
    }

    /** The bound port (the real one when the config asked for 0). */
    public int port() {
        return port;
    }

    /**
     * The address clients on this machine connect to, e.g. {@code ws://127.0.0.1:8025/ws};
     * a wildcard bind is reported as loopback.
     */
    public String address() {
        String host = config.host();
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            host = "127.0.0.1";
        }
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return "ws://" + host + ":" + port + dev.parley.protocol.Protocol.PATH;
    }

    public ServerConfig config() {
        return config;
    }

    /** TCP sockets of WebSocket sessions still open, lingering closed ones included (tests, metrics). */
    public int openSockets() {
        return transport.openSockets();
    }

    /** Live WebSocket connections (for tests and metrics). */
    public int connectionCount() {
        return transport.connectionCount();
    }

    /** Uploads in progress over every connection (tests, metrics). */
    public int uploadsInProgress() {
        return attachments.uploadsInProgress();
    }

    /** Per-request-type timings, e.g. for the history page target. */
    public RequestMetrics metrics() {
        return metrics;
    }

    /** Characters waiting in every connection's outbound queue (metrics, slow-consumer tests). */
    public long queuedOutboundChars() {
        return connections.queuedChars();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("Parley server shutting down");
        try {
            transport.close();
        } finally {
            try {
                // pictures being processed finish and are recorded before the writer stops
                attachments.close();
                writer.close();
            } finally {
                db.close();
            }
        }
        metrics.summary().values().forEach(line -> LOG.info("metrics {}", line));
        LOG.info("group commit: {}", writer.stats());
        LOG.info("Parley server stopped");
    }

    /** Tyrus and Grizzly log through java.util.logging; send that to SLF4J so all logs share one format. */
    private static synchronized void routeJulToSlf4j() {
        if (!org.slf4j.bridge.SLF4JBridgeHandler.isInstalled()) {
            org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
            org.slf4j.bridge.SLF4JBridgeHandler.install();
        }
    }

    private static String version() {
        String v = ParleyServer.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
