package dev.parley.server.moderation;

import static dev.parley.server.moderation.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.GuestLogin;
import dev.parley.protocol.frame.ListAdmins;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.frame.SetRole;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.Role;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Nobody can restrict someone of equal or higher standing, nor themselves" (docs/moderation.md,
 * MOD-1): standing in a room is the highest of guest/user &lt; moderator &lt; owner &lt; admin &lt;
 * superuser. The matrix tries every role on a plain user; this tries the targets above one.
 */
class ModerationStandingIntegrationTest {
    @TempDir
    static Path data;
    static TestServer server;
    static ParleyClient root;
    static ParleyClient admin;
    static ParleyClient owner;
    static ParleyClient moderator;
    static long room;
    static long rootId;
    static long adminId;
    static long ownerId;
    static long moderatorId;
    static long otherModeratorId;
    static long guestId;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data).withGuests(true),
                new MutableClock(Instant.parse("2030-12-01T08:00:00Z")));
        root = server.superuser("root");
        admin = server.admin("ann");
        owner = server.user("olga");
        moderator = server.user("mona");
        server.user("mick");
        room = owner.await(i -> new CreateRoom(i, "standing", "")).id();
        rootId = id("root");
        adminId = id("ann");
        ownerId = id("olga");
        moderatorId = id("mona");
        otherModeratorId = id("mick");
        owner.await(i -> new Appoint(i, room, moderatorId));
        owner.await(i -> new Appoint(i, room, otherModeratorId));
        guestId = server.connect().await(i -> new GuestLogin(i, null, null)).user().id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long id(String username) {
        return root.await(i -> new FindUser(i, username)).id();
    }

    private static void refusedBan(ParleyClient actor, long target, Long inRoom) {
        refused(ErrorCode.FORBIDDEN, () -> actor.await(i -> new Ban(i, target, inRoom, RestrictionKind.BAN, 600L, "no")));
        assertThat(root.await(i -> new ListBans(i, null, target, true, null, 100)).restrictions()).isEmpty();
    }

    @Test
    void moderator_cannotRestrictAnotherModerator_theOwner_orAnAdmin() {
        refusedBan(moderator, otherModeratorId, room);
        refusedBan(moderator, ownerId, room);
        refusedBan(moderator, adminId, room);
    }

    @Test
    void owner_cannotRestrictAnAdminOrTheSuperuser_inTheirOwnRoom() {
        refusedBan(owner, adminId, room);
        refusedBan(owner, rootId, room);
    }

    @Test
    void admin_cannotRestrictAnotherAdminOrTheSuperuser() {
        ParleyClient ben = server.admin("ben");
        refusedBan(ben, adminId, room);
        refusedBan(ben, adminId, null);
        refusedBan(ben, rootId, null);
    }

    @Test
    void nobody_restrictsThemselves() {
        refusedBan(moderator, moderatorId, room);
        refusedBan(owner, ownerId, room);
        refusedBan(admin, adminId, null);
        refusedBan(root, rootId, null);
    }

    @Test
    void moderator_restrictsAGuest() {
        Restriction ban = moderator.await(i -> new Ban(i, guestId, room, RestrictionKind.MUTE, 600L, "guest spam"));

        assertThat(ban.active()).isTrue();
    }

    @Test
    void guests_cannotBeAppointed_norMadeAdmins_andTheSuperuserKeepsTheirRole() {
        refused(ErrorCode.FORBIDDEN, () -> owner.await(i -> new Appoint(i, room, guestId)));
        refused(ErrorCode.FORBIDDEN, () -> root.await(i -> new SetRole(i, guestId, Role.ADMIN)));
        refused(ErrorCode.FORBIDDEN, () -> root.await(i -> new SetRole(i, rootId, Role.USER)));
        assertThat(root.await(ListAdmins::new).users()).extracting(dev.parley.protocol.model.UserInfo::id).contains(rootId);
    }

    @Test
    void fixedRooms_cannotBeChangedThroughTheProtocol_evenByTheSuperuser() {
        long general = TestServer.roomId(root, "general");
        dev.parley.protocol.model.RoomInfo before = generalRoom();

        refused(ErrorCode.FORBIDDEN, () -> root.await(i -> new UpdateRoom(i, general, "new topic", null, null)));
        refused(ErrorCode.FORBIDDEN, () -> root.await(i -> new UpdateRoom(i, general, null, null, true)));
        assertThat(generalRoom()).isEqualTo(before);
    }

    private static dev.parley.protocol.model.RoomInfo generalRoom() {
        return root.rooms().rooms().stream().filter(r -> r.name().equals("general")).findFirst().orElseThrow();
    }
}
