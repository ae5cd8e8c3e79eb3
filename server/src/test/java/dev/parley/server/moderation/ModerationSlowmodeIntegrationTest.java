package dev.parley.server.moderation;

import static dev.parley.server.moderation.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ReadAudit;
import dev.parley.protocol.frame.RoomChanged;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.model.AuditAction;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.RoomConfig;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Slowmode (spec MOD-8) on a frozen, hand-moved clock: the cooldown from the config for a fixed
 * room and from the owner for a user room, the exact seconds left, and who is exempt. One
 * server; every test uses its own users, so their cooldowns do not meet.
 */
class ModerationSlowmodeIntegrationTest {
    @TempDir
    static Path data;
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2030-05-01T08:00:00Z"));
    static TestServer server;
    static ParleyClient root;
    static ParleyClient admin;
    static long slow;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data)
                .withRooms(List.of(new RoomConfig("general", "", 0), new RoomConfig("slow", "thirty seconds", 30))), CLOCK);
        root = server.superuser("root");
        admin = server.admin("ann");
        slow = TestServer.roomId(root, "slow");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String retryAfter(Runnable send) {
        return refused(ErrorCode.SLOWMODE, send::run).params().get("retryAfterSeconds");
    }

    @Test
    void fixedRoomSlowmode_refusesEarlyMessage_withTheExactSecondsLeft_untilTheCooldownEnds() {
        ParleyClient ulla = server.user("ulla");
        ulla.send(slow, "first");

        CLOCK.advance(Duration.ofSeconds(12));
        assertThat(retryAfter(() -> ulla.send(slow, "too early"))).isEqualTo("18");
        CLOCK.advance(Duration.ofSeconds(17));
        assertThat(retryAfter(() -> ulla.send(slow, "still early"))).isEqualTo("1");
        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(ulla.send(slow, "on time").text()).isEqualTo("on time");
        assertThat(retryAfter(() -> ulla.send(slow, "again at once"))).isEqualTo("30");
    }

    @Test
    void slowmode_isPerUserAndPerRoom() {
        ParleyClient vera = server.user("vera");
        ParleyClient walt = server.user("walt");
        vera.send(slow, "vera's");

        assertThat(walt.send(slow, "walt's").text()).isEqualTo("walt's");
        assertThat(vera.send(TestServer.roomId(vera, "general"), "elsewhere").text()).isEqualTo("elsewhere");
    }

    @Test
    void adminsAndTheSuperuser_areExemptInFixedRooms() {
        admin.send(slow, "one");
        admin.send(slow, "two");
        root.send(slow, "one");
        assertThat(root.send(slow, "two").text()).isEqualTo("two");
    }

    @Test
    void ownerSetsSlowmode_itAppliesToUsers_andOwnerModeratorAndAdminAreExempt() throws Exception {
        ParleyClient owner = server.user("olga");
        ParleyClient mona = server.user("mona");
        ParleyClient user = server.user("xena");
        Refusals.Pushes userPushes = new Refusals.Pushes(user);
        long room = owner.await(i -> new CreateRoom(i, "olgas-slow", "")).id();
        owner.await(i -> new Appoint(i, room, root.await(f -> new FindUser(f, "mona")).id()));
        user.send(room, "no slowmode yet");
        user.send(room, "still none");

        assertThat(owner.await(i -> new UpdateRoom(i, room, null, 30, null)).slowmodeSeconds()).isEqualTo(30);

        RoomChanged changed = userPushes.next(RoomChanged.class, Duration.ofSeconds(5));
        while (changed.room().id() != room || changed.room().slowmodeSeconds() != 30) {
            changed = userPushes.next(RoomChanged.class, Duration.ofSeconds(5));
        }
        user.send(room, "first under slowmode");
        assertThat(retryAfter(() -> user.send(room, "second"))).isEqualTo("30");
        for (ParleyClient exempt : List.of(owner, mona, admin)) {
            exempt.send(room, "one");
            exempt.send(room, "two");
        }
        assertThat(admin.await(i -> new ReadAudit(i, AuditAction.SLOWMODE, null, null, room, null, 10)).entries())
                .singleElement().satisfies(e -> assertThat(e.details()).isEqualTo("from=0s to=30s"));

        owner.await(i -> new UpdateRoom(i, room, null, 0, null));
        assertThat(user.send(room, "slowmode off").text()).isEqualTo("slowmode off");
    }

    @Test
    void resendOfAStoredMessage_duringTheCooldown_returnsTheStoredMessage() {
        // a client whose connection dropped before the ok resends under the same client message id
        ParleyClient yuri = server.user("yuri");
        java.util.UUID clientId = java.util.UUID.randomUUID();
        dev.parley.protocol.model.MessageInfo stored = yuri.send(slow, clientId, "did this arrive?");
        CLOCK.advance(Duration.ofSeconds(2));

        dev.parley.protocol.model.MessageInfo resent = yuri.send(slow, clientId, "did this arrive?");

        assertThat(resent.id()).isEqualTo(stored.id());
    }
}
