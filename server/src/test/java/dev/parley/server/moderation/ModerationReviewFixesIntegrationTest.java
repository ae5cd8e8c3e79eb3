package dev.parley.server.moderation;

import static dev.parley.server.moderation.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.BlockAddress;
import dev.parley.protocol.frame.CancelBan;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.frame.MyRestrictions;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
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

/**
 * Holes a security review found after the first round of tests, each pinned by a test: an admin
 * cancelling their own (or another admin's) restriction, an owner banned from their own room
 * keeping the owner's powers, an admin blocking the address they are connected from (or a
 * trusted proxy's), and a moderator learning from the room's ban page who restricted them.
 */
class ModerationReviewFixesIntegrationTest {
    @TempDir
    static Path data;
    static TestServer server;
    static ParleyClient root;
    static ParleyClient admin;
    static ParleyClient admin2;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data).withModeration(
                dev.parley.server.config.ModerationConfig.UNLIMITED.withTrustedProxies(List.of("10.0.0.2"))),
                new MutableClock(Instant.parse("2030-12-01T08:00:00Z")));
        root = server.superuser("root");
        admin = server.admin("ann");
        admin2 = server.admin("abe");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anAdmin_cannotCancelTheirOwnRestriction_norAnotherAdmins() {
        long annId = server.register("ann2").user().id();
        server.server().accountAdmin().setRole("ann2", dev.parley.protocol.model.Role.ADMIN);
        ParleyClient ann2 = server.login("ann2");
        Restriction muted = root.await(i -> new Ban(i, annId, null, RestrictionKind.MUTE, 3600L, "cool down"));

        refused(ErrorCode.FORBIDDEN, () -> ann2.await(i -> new CancelBan(i, muted.id())));
        refused(ErrorCode.FORBIDDEN, () -> admin2.await(i -> new CancelBan(i, muted.id())));

        assertThat(ann2.await(MyRestrictions::new).restrictions()).extracting(Restriction::id).containsExactly(muted.id());
        root.await(i -> new CancelBan(i, muted.id()));
        assertThat(ann2.await(MyRestrictions::new).restrictions()).isEmpty();
    }

    @Test
    void anOwnerBannedFromTheirOwnRoom_hasNoOwnerPowersThere() {
        ParleyClient owner = server.user("olga");
        RoomInfo room = owner.await(i -> new CreateRoom(i, "olgas", ""));
        long mick = server.register("mick").user().id();
        long olga = room.owner();
        admin.await(i -> new Ban(i, olga, room.id(), RestrictionKind.BAN, 86_400L, "raid"));

        refused(ErrorCode.FORBIDDEN, () -> owner.await(i -> new UpdateRoom(i, room.id(), null, 86_400, null)));
        refused(ErrorCode.FORBIDDEN, () -> owner.await(i -> new Appoint(i, room.id(), mick)));
        refused(ErrorCode.FORBIDDEN, () -> owner.await(i -> new Ban(i, mick, room.id(), RestrictionKind.BAN, 600L, "")));
        // and an admin still can
        admin.await(i -> new UpdateRoom(i, room.id(), "locked down", null, null));
    }

    @Test
    void anAdmin_cannotBlockTheAddressTheyAreConnectedFrom_norATrustedProxy() {
        ParleyException self = refused(ErrorCode.FORBIDDEN, () -> admin.await(i -> new BlockAddress(i, "127.0.0.1", "oops")));
        assertThat(self.params()).containsEntry("reason", "self");
        ParleyException proxy = refused(ErrorCode.FORBIDDEN, () -> admin.await(i -> new BlockAddress(i, "10.0.0.2", "")));
        assertThat(proxy.params()).containsEntry("reason", "proxy");
        // and the admin is still connected
        assertThat(admin.await(MyRestrictions::new).restrictions()).isEmpty();
    }

    @Test
    void aMutedModerator_readingTheRoomsBanPage_doesNotLearnWhoMutedThem() {
        ParleyClient owner = server.user("otto");
        RoomInfo room = owner.await(i -> new CreateRoom(i, "ottos", ""));
        long mona = server.register("mona").user().id();
        ParleyClient mod = server.login("mona");
        owner.await(i -> new Appoint(i, room.id(), mona));
        owner.await(i -> new Ban(i, mona, room.id(), RestrictionKind.MUTE, 600L, "calm down"));

        List<Restriction> seen = mod.await(i -> new ListBans(i, room.id(), null, true, null, null)).restrictions();

        assertThat(seen).singleElement().satisfies(r -> {
            assertThat(r.user().id()).isEqualTo(mona);
            assertThat(r.actor()).as("who muted the reader").isNull();
        });
        assertThat(owner.await(i -> new ListBans(i, room.id(), null, true, null, null)).restrictions())
                .singleElement().satisfies(r -> assertThat(r.actor()).isNotNull());
    }
}
