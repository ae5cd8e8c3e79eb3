package dev.parley.server.messages;

import static dev.parley.server.messages.Calls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.model.MessageInfo;
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
 * Edits, votes and reactions count against the per-user message rate (spec MOD-9): each one is
 * pushed to the whole room. Deletions do not. With a frozen clock: a burst of 4, then one every 10 s.
 */
class RateLimitedActionsIntegrationTest {
    private static final ModerationConfig LIMITS = new ModerationConfig(false, 10, 6, 4, 0, 0, 0, 60, 10, List.of());
    @TempDir
    Path data;
    TestServer server;
    final MutableClock clock = new MutableClock(Instant.parse("2030-07-01T08:00:00Z"));

    @BeforeEach
    void start() {
        server = new TestServer(ServerConfig.loopback(data).withModeration(LIMITS), clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void editsVotesAndReactions_shareTheUsersRate_butDeletionsDoNot() {
        ParleyClient alice = server.user("alice");
        long general = TestServer.roomId(alice, "general");
        MessageInfo first = alice.send(general, "one");
        MessageInfo second = alice.send(general, "two");
        Calls.edit(alice, first.id(), "one!");
        Calls.vote(alice, second.id(), -1);

        ParleyException limited = refused(ErrorCode.RATE_LIMITED, () -> Calls.react(alice, first.id(), "👍", true));
        assertThat(limited.params()).containsKey("retryAfterSeconds");
        refused(ErrorCode.RATE_LIMITED, () -> Calls.edit(alice, first.id(), "one!!"));
        assertThat(Calls.delete(alice, second.id()).isTombstone()).isTrue();

        clock.advance(Duration.ofSeconds(10));
        assertThat(Calls.react(alice, first.id(), "👍", true).count()).isEqualTo(1);
    }
}
