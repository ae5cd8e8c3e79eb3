package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Transport-level protections: the per-address connection cap. */
class TransportIntegrationTest {
    @TempDir
    Path data;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void silentPeerThatNeverAnswersPings_isDropped_whileAQuietLiveClientStays() throws Exception {
        server = new TestServer(ServerConfig.loopback(data).withIdleTimeoutSeconds(6), Clock.systemUTC());
        ParleyClient quiet = server.user("quiet");
        server.user("dead");
        RawWebSocket dead = new RawWebSocket("127.0.0.1", server.server().port(), 65_536);
        dead.sendText("{\"type\":\"login\",\"id\":\"1\",\"username\":\"dead\",\"password\":\"password-dead\"}");
        assertThat(dead.readText()).contains("\"ok\"");

        // the raw peer answers no pings; the real client's container answers them by itself
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        boolean closed = false;
        while (!closed && System.nanoTime() < deadline) {
            closed = dead.serverClosed();
            Thread.sleep(100);
        }

        assertThat(closed).as("silent peer dropped").isTrue();
        assertThat(quiet.isOpen()).isTrue();
        assertThat(quiet.rooms().rooms()).isNotEmpty();
        dead.close();
    }

    @Test
    void connectionsBeyondThePerAddressCap_areRefused_andTheOthersKeepWorking() throws Exception {
        server = new TestServer(ServerConfig.loopback(data).withMaxConnectionsPerAddress(3), Clock.systemUTC());
        ParleyClient a = server.user("alice");
        ParleyClient b = server.user("bob");
        ParleyClient c = server.user("carol");

        ParleyClient fourth = new ParleyConnector().connect(server.server().address());
        // Tyrus completes the handshake, then closes the session over the limit: 1013 try again later
        assertThat(fourth.closedFuture().get(10, java.util.concurrent.TimeUnit.SECONDS).getCloseCode().getCode())
                .isEqualTo(1013);

        assertThat(a.rooms().rooms()).isNotEmpty();
        c.close();
        c.closedFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
        // the server counts the slot free once it has seen the close
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (server.server().connectionCount() > 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        // a freed slot can be used again (Tyrus frees its count just after our close callback,
        // so a first attempt may still be turned away: retry until a deadline)
        ParleyClient d = null;
        while (d == null && System.nanoTime() < deadline) {
            ParleyClient attempt = new ParleyConnector().connect(server.server().address());
            try {
                attempt.hello("again");
                d = attempt;
            } catch (RuntimeException turnedAway) {
                attempt.close();
                Thread.sleep(50);
            }
        }
        assertThat(d).as("a connection in the freed slot").isNotNull();
        assertThat(d.hello("in the freed slot").protocol()).isEqualTo(1);
        d.close();
        assertThat(b.rooms().rooms()).isNotEmpty();
    }
}
