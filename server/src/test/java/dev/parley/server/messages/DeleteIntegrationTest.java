package dev.parley.server.messages;

import static dev.parley.server.messages.Calls.delete;
import static dev.parley.server.messages.Calls.refused;
import static dev.parley.server.messages.Calls.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.ReadAudit;
import dev.parley.protocol.frame.RevealAuthor;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.AuditEntry;
import dev.parley.protocol.model.AuditPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.MessageVersion;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting messages (spec M-5) and revealing anonymous authors (M-7) to admins, with the audit log (MOD-10). */
class DeleteIntegrationTest {
    @TempDir
    Path data;
    TestServer server;
    ParleyClient alice;
    ParleyClient bob;
    ParleyClient admin;
    long general;

    @BeforeEach
    void start() {
        server = new TestServer(data);
        alice = server.user("alice");
        bob = server.user("bob");
        admin = server.admin("root");
        general = TestServer.roomId(alice, "general");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AuditPage audit(AuditAction action) {
        return admin.await(id -> new ReadAudit(id, action, null, null, null, null, null));
    }

    @Test
    void delete_byTheAuthor_leavesATombstoneForOthers_whileAdminsStillReadTheContent() throws Exception {
        Calls.Pushes bobPushes = new Calls.Pushes(bob);
        bob.open(general);
        MessageInfo sent = alice.send(general, "something I regret");
        MessageInfo reply = Calls.reply(bob, general, "quoting it", sent.id());
        Calls.react(bob, sent.id(), "👀", true);

        MessageInfo tombstone = delete(alice, sent.id());

        assertThat(tombstone.isTombstone()).isTrue();
        assertThat(tombstone.text()).isNull();
        assertThat(tombstone.author()).isEqualTo(sent.author());
        assertThat(tombstone.reactions()).isEmpty();
        MessageChanged pushed = bobPushes.next(MessageChanged.class);
        assertThat(pushed.message().isTombstone()).isTrue();
        assertThat(pushed.message().text()).isNull();
        MessageInfo asBob = Calls.seenBy(bob, general, sent.id());
        assertThat(asBob.isTombstone()).isTrue();
        assertThat(asBob.text()).isNull();
        assertThat(asBob.reactions()).isEmpty();
        // the reply's quote follows the deletion
        MessageInfo replySeen = Calls.seenBy(bob, general, reply.id());
        assertThat(replySeen.replyTo().deleted()).isTrue();
        assertThat(replySeen.replyTo().excerpt()).isNull();

        refused(ErrorCode.MESSAGE_DELETED, () -> versions(bob, sent.id()));
        refused(ErrorCode.MESSAGE_DELETED, () -> versions(alice, sent.id()));
        assertThat(versions(admin, sent.id()).versions()).extracting(MessageVersion::text).containsExactly("something I regret");
        // the author's own deletion is not a moderation action
        assertThat(audit(AuditAction.DELETE_MESSAGE).entries()).isEmpty();
        // deleting again changes nothing
        assertThat(delete(alice, sent.id()).isTombstone()).isTrue();
    }

    @Test
    void delete_ofAnotherUsersMessage_isForbiddenToPlainUsers_andChangesNothing() {
        MessageInfo sent = alice.send(general, "mine");
        refused(ErrorCode.FORBIDDEN, () -> delete(bob, sent.id()));
        assertThat(Calls.seenBy(bob, general, sent.id()).text()).isEqualTo("mine");
    }

    @Test
    void delete_byARoomModerator_isAllowed_andAudited() {
        RoomInfo room = alice.await(id -> new CreateRoom(id, "Board games", null));
        ParleyClient mod = server.user("mod");
        MessageInfo modsFirst = mod.send(room.id(), "hi");
        alice.await(id -> new Appoint(id, room.id(), modsFirst.author()));
        MessageInfo spam = bob.send(room.id(), "buy cheap stuff");

        MessageInfo tombstone = delete(mod, spam.id());

        assertThat(tombstone.isTombstone()).isTrue();
        AuditEntry entry = audit(AuditAction.DELETE_MESSAGE).entries().get(0);
        assertThat(entry.actor().username()).isEqualTo("mod");
        assertThat(entry.target().username()).isEqualTo("bob");
        assertThat(entry.room()).isEqualTo(room.id());
        assertThat(entry.details()).contains("message=" + spam.id());
        // a moderator of another room is a plain user here
        MessageInfo elsewhere = bob.send(general, "not in your room");
        refused(ErrorCode.FORBIDDEN, () -> delete(mod, elsewhere.id()));
        // the owner and admins delete too
        assertThat(delete(alice, bob.send(room.id(), "more spam").id()).isTombstone()).isTrue();
        assertThat(delete(admin, elsewhere.id()).isTombstone()).isTrue();
        assertThat(audit(AuditAction.DELETE_MESSAGE).entries()).hasSize(3);
    }

    @Test
    void delete_inAClosedRoom_andByAMutedAuthor_isAllowed() {
        RoomInfo room = alice.await(id -> new CreateRoom(id, "Board games", null));
        MessageInfo bobs = bob.send(room.id(), "first");
        MessageInfo bobs2 = bob.send(room.id(), "second");
        alice.await(id -> new Ban(id, bobs.author(), room.id(), RestrictionKind.MUTE, 600L, null));
        assertThat(delete(bob, bobs.id()).isTombstone()).isTrue();
        alice.await(id -> new UpdateRoom(id, room.id(), null, null, true));
        assertThat(delete(bob, bobs2.id()).isTombstone()).isTrue();
    }

    @Test
    void deletingAnAnonymousMessage_auditsNoTarget_andRevealAuthorIsForAdminsOnly_andAudited() {
        MessageInfo secret = Calls.anonymous(bob, general, "anonymous rant");

        refused(ErrorCode.FORBIDDEN, () -> alice.await(id -> new RevealAuthor(id, secret.id())));
        refused(ErrorCode.FORBIDDEN, () -> bob.await(id -> new RevealAuthor(id, secret.id())));
        UserInfo author = admin.await(id -> new RevealAuthor(id, secret.id()));
        assertThat(author.username()).isEqualTo("bob");
        AuditEntry revealed = audit(AuditAction.REVEAL_AUTHOR).entries().get(0);
        assertThat(revealed.actor().username()).isEqualTo("root");
        assertThat(revealed.target().username()).isEqualTo("bob");
        assertThat(revealed.details()).contains("message=" + secret.id());

        delete(admin, secret.id());
        AuditEntry deleted = audit(AuditAction.DELETE_MESSAGE).entries().get(0);
        assertThat(deleted.target()).isNull();
        assertThat(deleted.details()).contains("anonymous");
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> admin.await(id -> new RevealAuthor(id, 777777L)));
    }
}
