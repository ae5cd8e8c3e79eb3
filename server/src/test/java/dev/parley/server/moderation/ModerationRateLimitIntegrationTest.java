package dev.parley.server.moderation;

import static dev.parley.server.moderation.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ModerationConfig;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rate limits per user and per client address (spec MOD-9) as token buckets on the server's
 * clock, frozen here: a user may send 3 at once, then one every 10 s (6 a minute); an address
 * 5 at once, then one every 5 s (12 a minute). Every test client connects from 127.0.0.1, so
 * they share one address bucket; hence a server per test.
 */
class ModerationRateLimitIntegrationTest {
    private static final ModerationConfig LIMITS = new ModerationConfig(false, 10, 6, 3, 12, 5, 0, 60, 10, List.of());
    @TempDir
    Path data;
    final MutableClock clock = new MutableClock(Instant.parse("2030-07-01T08:00:00Z"));
    TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(ServerConfig.loopback(data).withModeration(LIMITS), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String retryAfter(ParleyClient client, long room) {
        return refused(ErrorCode.RATE_LIMITED, () -> client.send(room, "one too many")).params().get("retryAfterSeconds");
    }

    @Test
    void userOverTheBurst_isRefusedWithSecondsToWait_andSendsAgainAfterThem() {
        ParleyClient alice = server.user("alice");
        long room = TestServer.roomId(alice, "general");
        for (int i = 0; i < 3; i++) {
            alice.send(room, "burst " + i);
        }

        assertThat(retryAfter(alice, room)).isEqualTo("10");
        clock.advance(Duration.ofSeconds(10));
        assertThat(alice.send(room, "refilled").text()).isEqualTo("refilled");
        assertThat(retryAfter(alice, room)).isEqualTo("10");
    }

    @Test
    void twoUsersFromOneAddress_shareTheAddressBucket() {
        ParleyClient alice = server.user("alice");
        ParleyClient bob = server.user("bob");
        long room = TestServer.roomId(alice, "general");
        for (int i = 0; i < 3; i++) {
            alice.send(room, "alice " + i);
        }
        bob.send(room, "bob 0");
        bob.send(room, "bob 1");

        // bob has sent 2 of his own 3, but the address has sent its 5
        assertThat(retryAfter(bob, room)).isEqualTo("5");
        clock.advance(Duration.ofSeconds(10));
        assertThat(bob.send(room, "after the wait").text()).isEqualTo("after the wait");
    }

    @Test
    void refusedByTheAddressLimit_theUserMaySendOnceTheAddressRefills() {
        ParleyClient alice = server.user("alice");
        ParleyClient bob = server.user("bob");
        long room = TestServer.roomId(alice, "general");
        for (int i = 0; i < 3; i++) {
            alice.send(room, "alice " + i);
        }
        bob.send(room, "bob 0");
        bob.send(room, "bob 1");
        String wait = retryAfter(bob, room);

        clock.advance(Duration.ofSeconds(Long.parseLong(wait)));

        // the server said when to retry; bob is within his own limit (2 sent of a burst of 3)
        assertThat(bob.send(room, "retried when told").text()).isEqualTo("retried when told");
    }
}
