package dev.parley.server.moderation;

import static dev.parley.server.moderation.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.BlockUser;
import dev.parley.protocol.frame.ListBlocks;
import dev.parley.protocol.frame.UnblockUser;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Personal block lists (spec MOD-7): block, list, unblock; nobody blocks themselves or a user who does not exist. */
class ModerationBlockListIntegrationTest {
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data), new MutableClock(Instant.parse("2030-11-01T08:00:00Z")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<UserInfo> blocks(ParleyClient client) {
        return client.await(ListBlocks::new).users();
    }

    @Test
    void block_listsTheUser_onlyOnce_andUnblockRemovesThem() {
        ParleyClient alice = server.user("alice");
        UserInfo troll = server.register("troll").user();
        UserInfo pest = server.register("pest").user();

        alice.await(i -> new BlockUser(i, troll.id()));
        alice.await(i -> new BlockUser(i, troll.id()));
        alice.await(i -> new BlockUser(i, pest.id()));
        assertThat(blocks(alice)).containsExactlyInAnyOrder(troll, pest);

        alice.await(i -> new UnblockUser(i, troll.id()));
        assertThat(blocks(alice)).containsExactly(pest);
        alice.await(i -> new UnblockUser(i, pest.id()));
        assertThat(blocks(alice)).isEmpty();
    }

    @Test
    void blockList_isPersonal() {
        ParleyClient carol = server.user("carol");
        ParleyClient dave = server.user("dave");
        UserInfo eve = server.register("eve").user();

        carol.await(i -> new BlockUser(i, eve.id()));

        assertThat(blocks(carol)).containsExactly(eve);
        assertThat(blocks(dave)).isEmpty();
    }

    @Test
    void blockingYourself_isRefused() {
        ParleyClient frank = server.connect();
        SessionInfo me = frank.register("frank", "password-frank");

        refused(ErrorCode.INVALID_FIELD, () -> frank.await(i -> new BlockUser(i, me.user().id())));
        assertThat(blocks(frank)).isEmpty();
    }

    @Test
    void blockingAnUnknownUser_isUserNotFound() {
        ParleyClient gina = server.user("gina");

        refused(ErrorCode.USER_NOT_FOUND, () -> gina.await(i -> new BlockUser(i, 987_654L)));
        assertThat(blocks(gina)).isEmpty();
    }
}
