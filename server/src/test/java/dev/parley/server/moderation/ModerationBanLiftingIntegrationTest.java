package dev.parley.server.moderation;

import static dev.parley.server.moderation.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.CancelBan;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.frame.ReadAudit;
import dev.parley.protocol.frame.Unban;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may impose and lift which ban (spec MOD-4, MOD-6, docs/moderation.md "Bans and mutes"):
 * indefinite room bans only by the owner or an admin, time-limited ones also by moderators,
 * site-wide ones only by admins; lifting keeps the ban in the history marked lifted, cancelling
 * deletes it and only the audit log remembers. One server; each test has its own room.
 */
class ModerationBanLiftingIntegrationTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    @TempDir
    static Path data;
    static TestServer server;
    static ParleyClient root;
    static ParleyClient admin;

    ParleyClient owner;
    ParleyClient moderator;
    long ownerId;
    long moderatorId;
    long room;
    long target;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data), new MutableClock(Instant.parse("2030-04-01T12:00:00Z")));
        root = server.superuser("root");
        admin = server.admin("ann");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A fresh room with its owner, a moderator and a plain user to ban. */
    @BeforeEach
    void room() {
        int n = SEQUENCE.incrementAndGet();
        owner = server.user("owner" + n);
        moderator = server.user("mod" + n);
        room = owner.await(i -> new CreateRoom(i, "lifting-" + n, "")).id();
        ownerId = id("owner" + n);
        moderatorId = id("mod" + n);
        owner.await(i -> new Appoint(i, room, moderatorId));
        target = server.register("target" + n).user().id();
    }

    private static long id(String username) {
        return root.await(i -> new FindUser(i, username)).id();
    }

    private Restriction ban(ParleyClient by, Long inRoom, Long seconds) {
        return by.await(i -> new Ban(i, target, inRoom, RestrictionKind.BAN, seconds, "because"));
    }

    private static Restriction unban(ParleyClient by, Restriction r) {
        return by.await(i -> new Unban(i, r.id()));
    }

    private List<Restriction> roomBans(boolean activeOnly) {
        return owner.await(i -> new ListBans(i, room, null, activeOnly, null, 100)).restrictions();
    }

    @Test
    void indefiniteBan_isRefusedToModerator_andImposedByOwnerAndAdmin() {
        refused(ErrorCode.FORBIDDEN, () -> ban(moderator, room, null));
        assertThat(roomBans(false)).isEmpty();

        Restriction byOwner = ban(owner, room, null);
        assertThat(byOwner.until()).isNull();
        assertThat(byOwner.active()).isTrue();
        unban(owner, byOwner);
        Restriction byAdmin = ban(admin, room, null);
        assertThat(byAdmin.until()).isNull();
        assertThat(roomBans(true)).extracting(Restriction::id).containsExactly(byAdmin.id());
    }

    @Test
    void indefiniteBan_cannotBeLiftedByModerator_butByOwner() {
        Restriction ban = ban(owner, room, null);

        refused(ErrorCode.FORBIDDEN, () -> unban(moderator, ban));
        assertThat(roomBans(true)).extracting(Restriction::id).containsExactly(ban.id());

        Restriction lifted = unban(owner, ban);
        assertThat(lifted.active()).isFalse();
        assertThat(lifted.lifted()).isNotNull();
    }

    @Test
    void indefiniteBan_cannotBeLiftedByModerator_butByAdmin() {
        Restriction ban = ban(admin, room, null);

        refused(ErrorCode.FORBIDDEN, () -> unban(moderator, ban));
        assertThat(roomBans(true)).extracting(Restriction::id).containsExactly(ban.id());

        assertThat(unban(admin, ban).active()).isFalse();
        assertThat(roomBans(true)).isEmpty();
    }

    @Test
    void timedBan_isLiftedByModerator_evenWhenTheOwnerImposedIt() {
        Restriction ban = ban(owner, room, 3_600L);

        Restriction lifted = unban(moderator, ban);

        assertThat(lifted.active()).isFalse();
        assertThat(lifted.liftedBy().id()).isEqualTo(moderatorId);
        assertThat(roomBans(true)).isEmpty();
    }

    @Test
    void siteWideBan_isLiftedOnlyByAdmins() {
        Restriction ban = ban(admin, null, 3_600L);

        refused(ErrorCode.FORBIDDEN, () -> unban(moderator, ban));
        refused(ErrorCode.FORBIDDEN, () -> unban(owner, ban));
        assertThat(root.await(i -> new ListBans(i, null, target, true, null, 100)).restrictions())
                .extracting(Restriction::id).containsExactly(ban.id());

        assertThat(unban(root, ban).active()).isFalse();
        assertThat(root.await(i -> new ListBans(i, null, target, true, null, 100)).restrictions()).isEmpty();
    }

    @Test
    void liftedBan_staysInTheHistoryMarkedLifted_andIsAudited() {
        Restriction ban = ban(owner, room, 3_600L);

        unban(moderator, ban);

        assertThat(roomBans(true)).isEmpty();
        assertThat(roomBans(false)).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(ban.id());
            assertThat(r.active()).isFalse();
            assertThat(r.lifted()).isNotNull();
            assertThat(r.liftedBy().id()).isEqualTo(moderatorId);
            assertThat(r.actor().id()).isEqualTo(ownerId);
        });
        assertThat(admin.await(i -> new ListBans(i, null, target, false, null, 100)).restrictions())
                .extracting(Restriction::id).containsExactly(ban.id());
        assertThat(admin.await(i -> new ReadAudit(i, AuditAction.UNBAN, null, target, room, null, 100)).entries())
                .singleElement().satisfies(e -> assertThat(e.details()).contains("restriction=" + ban.id()));
    }

    @Test
    void cancelledBan_disappearsFromEveryList_andOnlyTheAuditLogRemembersIt() {
        Restriction ban = ban(owner, room, null);

        admin.await(i -> new CancelBan(i, ban.id()));

        assertThat(roomBans(false)).isEmpty();
        assertThat(admin.await(i -> new ListBans(i, null, null, false, null, 100)).restrictions())
                .extracting(Restriction::id).doesNotContain(ban.id());
        assertThat(admin.await(i -> new ListBans(i, null, target, false, null, 100)).restrictions()).isEmpty();
        assertThat(admin.await(i -> new ReadAudit(i, AuditAction.CANCEL, null, target, null, null, 100)).entries())
                .singleElement().satisfies(e -> {
                    assertThat(e.actor().username()).isEqualTo("ann");
                    assertThat(e.room()).isEqualTo(room);
                    assertThat(e.details()).contains("restriction=" + ban.id()).contains("kind=ban");
                });
        refused(ErrorCode.RESTRICTION_NOT_FOUND, () -> unban(owner, ban));
    }

    @Test
    void cancel_isRefusedToOwnerAndModerator() {
        Restriction ban = ban(owner, room, 3_600L);

        refused(ErrorCode.FORBIDDEN, () -> owner.await(i -> new CancelBan(i, ban.id())));
        refused(ErrorCode.FORBIDDEN, () -> moderator.await(i -> new CancelBan(i, ban.id())));

        assertThat(roomBans(true)).extracting(Restriction::id).containsExactly(ban.id());
    }

    @Test
    void bannedModerator_cannotLiftTheirOwnBan() {
        Restriction ban = owner.await(i -> new Ban(i, moderatorId, room, RestrictionKind.BAN, 3_600L, "abusing the role"));

        refused(ErrorCode.FORBIDDEN, () -> unban(moderator, ban));
        assertThat(roomBans(true)).extracting(Restriction::id).containsExactly(ban.id());
    }

    @Test
    void ownerBannedByAdmin_cannotLiftTheBanOnThemselves() {
        Restriction ban = admin.await(i -> new Ban(i, ownerId, room, RestrictionKind.BAN, null, "abusing the room"));

        refused(ErrorCode.FORBIDDEN, () -> unban(owner, ban));
        assertThat(admin.await(i -> new ListBans(i, room, null, true, null, 100)).restrictions())
                .extracting(Restriction::id).containsExactly(ban.id());
    }
}
