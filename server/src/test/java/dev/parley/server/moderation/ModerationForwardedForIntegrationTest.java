package dev.parley.server.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.Protocol;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.BlockAddress;
import dev.parley.protocol.frame.Hello;
import dev.parley.protocol.frame.ListRooms;
import dev.parley.protocol.frame.Register;
import dev.parley.protocol.frame.UserAddresses;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ModerationConfig;
import dev.parley.server.config.ServerConfig;
import dev.parley.server.transport.Connections;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client address behind a reverse proxy (spec MOD-9): {@code X-Forwarded-For} is believed
 * only from an address in {@code trustedProxies}; the address it yields is what admins see and
 * block. Test connections all come from 127.0.0.1, which plays the proxy when trusted.
 */
class ModerationForwardedForIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    @TempDir
    Path data;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private ParleyClient start(List<String> trustedProxies) {
        server = new TestServer(ServerConfig.loopback(data)
                .withModeration(ModerationConfig.UNLIMITED.withTrustedProxies(trustedProxies)),
                new MutableClock(Instant.parse("2030-08-01T08:00:00Z")));
        return server.superuser("root");
    }

    private HeaderWebSocketClient forwarded(String header) throws Exception {
        return new HeaderWebSocketClient(server.server().address(), header);
    }

    private static SessionInfo register(HeaderWebSocketClient client, String username) throws Exception {
        client.call(i -> new Hello(i, Protocol.VERSION, "proxied"));
        return client.call(i -> new Register(i, username, "password-" + username, null));
    }

    @Test
    void trustedProxy_headerNamesTheClient_whomAdminsSeeAndBlock() throws Exception {
        ParleyClient root = start(List.of("127.0.0.1"));
        try (HeaderWebSocketClient proxied = forwarded("203.0.113.7")) {
            long user = register(proxied, "proxied").user().id();
            assertThat(root.await(i -> new UserAddresses(i, user)).addresses()).containsExactly("203.0.113.7");

            root.await(i -> new BlockAddress(i, "203.0.113.7", "abuse"));

            assertThat(proxied.awaitClose(WAIT)).isEqualTo(Connections.ADDRESS_BLOCKED);
        }
        try (HeaderWebSocketClient again = forwarded("203.0.113.7")) {
            assertThat(again.awaitClose(WAIT)).isEqualTo(Connections.ADDRESS_BLOCKED);
        }
        // the proxy itself and other clients behind it are not blocked
        assertThat(root.await(ListRooms::new).rooms()).isNotEmpty();
        assertThat(server.user("direct").rooms().rooms()).isNotEmpty();
        try (HeaderWebSocketClient neighbour = forwarded("203.0.113.8")) {
            assertThat(register(neighbour, "neighbour").user().username()).isEqualTo("neighbour");
            assertThat(neighbour.isOpen()).isTrue();
        }
    }

    @Test
    void trustedProxy_onlyTheRightmostUntrustedHopIsBelieved() throws Exception {
        ParleyClient root = start(List.of("127.0.0.1"));
        root.await(i -> new BlockAddress(i, "203.0.113.7", "abuse"));

        // the blocked client writes an innocent address in front; the proxy appends the real one
        try (HeaderWebSocketClient blocked = forwarded("198.51.100.1, 203.0.113.7")) {
            assertThat(blocked.awaitClose(WAIT)).isEqualTo(Connections.ADDRESS_BLOCKED);
        }
        // a client pretending to be the blocked one is seen as itself
        try (HeaderWebSocketClient pretender = forwarded("203.0.113.7, 198.51.100.2")) {
            long user = register(pretender, "pretender").user().id();
            assertThat(root.await(i -> new UserAddresses(i, user)).addresses()).containsExactly("198.51.100.2");
        }
    }

    @Test
    void untrustedPeer_headerIsIgnored() throws Exception {
        ParleyClient root = start(List.of());
        try (HeaderWebSocketClient spoofer = forwarded("203.0.113.7")) {
            long user = register(spoofer, "spoofer").user().id();
            assertThat(root.await(i -> new UserAddresses(i, user)).addresses()).containsExactly("127.0.0.1");

            root.await(i -> new BlockAddress(i, "203.0.113.7", "abuse"));

            assertThat(spoofer.call(ListRooms::new).rooms()).isNotEmpty();
            assertThat(spoofer.isOpen()).isTrue();
        }
        try (HeaderWebSocketClient another = forwarded("203.0.113.7")) {
            assertThat(another.call(i -> new Hello(i, Protocol.VERSION, "another")).protocol()).isEqualTo(Protocol.VERSION);
        }
    }

    @Test
    void concurrentHandshakes_eachKeepTheirOwnForwardedAddress() throws Exception {
        ParleyClient root = start(List.of("127.0.0.1"));
        root.await(i -> new BlockAddress(i, "203.0.113.7", "abuse"));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            List<java.util.concurrent.Future<String>> outcomes = new java.util.ArrayList<>();
            for (int n = 0; n < 40; n++) {
                boolean bad = n % 2 == 0;
                String header = bad ? "203.0.113.7" : "198.51.100." + (n + 1);
                outcomes.add(pool.submit(() -> {
                    try (HeaderWebSocketClient c = forwarded(header)) {
                        if (bad) {
                            return header + " closed " + c.awaitClose(WAIT);
                        }
                        c.call(i -> new Hello(i, Protocol.VERSION, "concurrent"));
                        return header + (c.isOpen() ? " open" : " closed");
                    }
                }));
            }
            for (java.util.concurrent.Future<String> outcome : outcomes) {
                String o = outcome.get(30, java.util.concurrent.TimeUnit.SECONDS);
                assertThat(o).matches("203\\.0\\.113\\.7 closed 4003|198\\.51\\.100\\.\\d+ open");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
