package dev.parley.server;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.GuestLogin;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.config.ServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * A real server on 127.0.0.1 and a free port, on a fresh data directory, plus helpers to open
 * real protocol connections to it. Tests create one per test and close it after.
 */
public final class TestServer implements AutoCloseable {
    private static final ParleyConnector CONNECTOR = new ParleyConnector();
    private final ServerConfig config;
    private final Clock clock;
    /** Thread-safe: tests may open connections from several threads (to register users in parallel). */
    private final List<ParleyClient> clients = new java.util.concurrent.CopyOnWriteArrayList<>();
    private ParleyServer server;

    public TestServer(Path dataDir) {
        this(ServerConfig.loopback(dataDir), Clock.systemUTC());
    }

    public TestServer(ServerConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.server = ParleyServer.start(config, clock);
    }

    public ParleyServer server() {
        return server;
    }

    /** Stops the server and starts a new one on the same data directory and port. */
    public void restart() {
        int port = server.port();
        server.close();
        server = ParleyServer.start(config.withPort(port), clock);
    }

    /** A connected client that has said hello. */
    public ParleyClient connect() {
        try {
            ParleyClient client = CONNECTOR.connect(server.address());
            clients.add(client);
            client.hello("test");
            return client;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connected client registered (and so logged in) as {@code username}. */
    public ParleyClient user(String username) {
        ParleyClient client = connect();
        client.register(username, "password-" + username);
        return client;
    }

    /** A connected client logged in with the password {@link #user} gave {@code username}. */
    public ParleyClient login(String username) {
        ParleyClient client = connect();
        client.login(username, "password-" + username);
        return client;
    }

    /** Registers {@code username} on a connection that is closed again; returns the session. */
    public SessionInfo register(String username) {
        ParleyClient client = connect();
        try {
            return client.register(username, "password-" + username);
        } finally {
            client.close();
        }
    }

    /** Creates the superuser {@code username} (password as {@link #user}) and logs in as them. */
    public ParleyClient superuser(String username) {
        server.accountAdmin().createSuperuser(username, ("password-" + username).toCharArray());
        return login(username);
    }

    /** Registers {@code username}, makes them an admin and logs them in on a fresh connection. */
    public ParleyClient admin(String username) {
        register(username);
        server.accountAdmin().setRole(username, Role.ADMIN);
        return login(username);
    }

    /** A connected client logged in as a guest (the server must allow guests). */
    public ParleyClient guest() {
        ParleyClient client = connect();
        client.await(id -> new GuestLogin(id, null, null));
        return client;
    }

    /** The id of the room named {@code name}, as listed to {@code client}. */
    public static long roomId(ParleyClient client, String name) {
        return client.rooms().rooms().stream().filter(r -> r.name().equals(name)).map(RoomInfo::id)
                .findFirst().orElseThrow();
    }

    @Override
    public void close() {
        clients.forEach(ParleyClient::close);
        server.close();
    }
}
