package dev.parley.server.moderation;

import static dev.parley.server.moderation.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ReadAudit;
import dev.parley.protocol.frame.RestrictionChanged;
import dev.parley.protocol.frame.RoomChanged;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.AuditEntry;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An admin bars an owner from opening rooms (spec MOD-6, docs/moderation.md): the owner's rooms
 * are closed at once (history kept, audit-logged, announced), the owner can neither open new
 * rooms nor reopen them while the bar holds, an admin can, and when it ends the owner may again.
 */
class ModerationNoRoomsIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    @TempDir
    Path data;
    final MutableClock clock = new MutableClock(Instant.parse("2030-10-01T08:00:00Z"));
    TestServer server;
    ParleyClient admin;
    ParleyClient olga;
    ParleyClient ulla;
    long olgaId;
    long first;
    long second;

    @BeforeEach
    void start() {
        server = new TestServer(ServerConfig.loopback(data), clock);
        admin = server.admin("ann");
        olga = server.user("olga");
        ulla = server.user("ulla");
        olgaId = admin.await(i -> new FindUser(i, "olga")).id();
        first = olga.await(i -> new CreateRoom(i, "olgas-first", "")).id();
        second = olga.await(i -> new CreateRoom(i, "olgas-second", "")).id();
        olga.send(first, "kept for history");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void barOlga(Long seconds) {
        admin.await(i -> new Ban(i, olgaId, null, RestrictionKind.NO_ROOMS, seconds, "room spam"));
    }

    @Test
    void barringAnOwner_closesTheirRooms_andTellsEveryone() throws Exception {
        Refusals.Pushes ullaPushes = new Refusals.Pushes(ulla);
        Refusals.Pushes olgaPushes = new Refusals.Pushes(olga);

        barOlga(86_400L);

        Map<Long, RoomInfo> changed = new HashMap<>();
        while (changed.size() < 2) {
            RoomInfo room = ullaPushes.next(RoomChanged.class, WAIT).room();
            changed.put(room.id(), room);
        }
        assertThat(changed.keySet()).containsExactlyInAnyOrder(first, second);
        assertThat(changed.values()).allMatch(RoomInfo::closed);
        RestrictionChanged told = olgaPushes.next(RestrictionChanged.class, WAIT);
        assertThat(told.restriction().kind()).isEqualTo(RestrictionKind.NO_ROOMS);
        assertThat(told.restriction().active()).isTrue();
        assertThat(ulla.rooms().rooms()).filteredOn(r -> r.id() == first || r.id() == second).allMatch(RoomInfo::closed);
        assertThat(ulla.history(first, null, 10).messages()).hasSize(1);
        refused(ErrorCode.ROOM_CLOSED, () -> ulla.send(first, "anyone here?"));
        List<AuditEntry> closes = admin.await(i -> new ReadAudit(i, AuditAction.CLOSE_ROOM, null, olgaId, null, null, 10))
                .entries();
        assertThat(closes).extracting(AuditEntry::room).containsExactlyInAnyOrder(first, second);
        assertThat(closes).allSatisfy(e -> assertThat(e.actor().username()).isEqualTo("ann"));
        assertThat(admin.await(i -> new ReadAudit(i, AuditAction.NO_ROOMS, null, olgaId, null, null, 10)).entries())
                .hasSize(1);
    }

    @Test
    void barredOwner_cannotOpenOrReopenRooms_butAnAdminReopensThem() {
        barOlga(null);

        assertThat(refused(ErrorCode.BANNED, () -> olga.await(i -> new CreateRoom(i, "olgas-third", ""))).params())
                .containsEntry("kind", "no_rooms").containsEntry("reason", "room spam");
        refused(ErrorCode.BANNED, () -> olga.await(i -> new UpdateRoom(i, first, null, null, false)));
        assertThat(ulla.rooms().rooms()).extracting(RoomInfo::name).doesNotContain("olgas-third");

        RoomInfo reopened = admin.await(i -> new UpdateRoom(i, first, null, null, false));

        assertThat(reopened.closed()).isFalse();
        assertThat(ulla.send(first, "open again").text()).isEqualTo("open again");
    }

    @Test
    void whenTheBarEnds_theOwnerReopensAndOpensRoomsAgain() {
        barOlga(3_600L);
        refused(ErrorCode.BANNED, () -> olga.await(i -> new UpdateRoom(i, second, null, null, false)));

        clock.advance(Duration.ofHours(1));

        assertThat(olga.await(i -> new UpdateRoom(i, second, null, null, false)).closed()).isFalse();
        assertThat(olga.await(i -> new CreateRoom(i, "olgas-third", "")).owner()).isEqualTo(olgaId);
    }
}
