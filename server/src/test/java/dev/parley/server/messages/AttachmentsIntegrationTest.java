package dev.parley.server.messages;

import static dev.parley.server.messages.Calls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.server.TestServer;
import dev.parley.server.attachments.TestPictures;
import dev.parley.server.attachments.Transfers;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages carrying a picture or file (spec M-10, M-11): only the sender's own finished upload
 * may be attached, uploaded through the real upload frames.
 */
class AttachmentsIntegrationTest {
    private String picture;
    private String thumbnail;
    @TempDir
    Path data;
    TestServer server;
    ParleyClient alice;
    ParleyClient bob;
    long aliceId;
    long general;

    @BeforeEach
    void start() {
        server = new TestServer(data);
        alice = server.connect();
        aliceId = alice.register("alice", "password-alice").user().id();
        bob = server.user("bob");
        general = TestServer.roomId(alice, "general");
        Attachment uploaded = Transfers.picture(alice, "whiteboard.png",
                TestPictures.png(TestPictures.noise(640, 480, 7)));
        picture = uploaded.id();
        thumbnail = uploaded.thumbnail();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static MessageInfo send(ParleyClient c, long room, String text, String attachment, Long replyTo) {
        return c.await(id -> new SendMessage(id, room, UUID.randomUUID(), text, null, replyTo, attachment));
    }

    @Test
    void ownUpload_isAttached_withItsName_andTheTextMayBeEmpty() {
        MessageInfo sent = send(alice, general, " ", picture, null);

        assertThat(sent.text()).isEmpty();
        Attachment a = sent.attachment();
        assertThat(a).isNotNull();
        assertThat(a.id()).isEqualTo(picture);
        assertThat(a.kind()).isEqualTo("picture");
        assertThat(a.name()).isEqualTo("whiteboard.png");
        assertThat(a.width()).isEqualTo(640);
        assertThat(Calls.seenBy(bob, general, sent.id()).attachment()).isEqualTo(a);
        MessageInfo reply = Calls.reply(bob, general, "nice board", sent.id());
        assertThat(reply.replyTo().attachmentName()).isEqualTo("whiteboard.png");
        assertThat(reply.replyTo().excerpt()).isEmpty();
        // an attachment-only message may be edited to empty text too
        assertThat(Calls.edit(alice, sent.id(), "the board").text()).isEqualTo("the board");

        MessageInfo tombstone = Calls.delete(alice, sent.id());
        assertThat(tombstone.attachment()).isNull();
        assertThat(Calls.seenBy(bob, general, sent.id()).attachment()).isNull();
    }

    @Test
    void someoneElsesUpload_orStoredContentThatIsNoPictureOrFile_isBlobNotFound() {
        refused(ErrorCode.BLOB_NOT_FOUND, () -> send(bob, general, "look", picture, null));
        refused(ErrorCode.BLOB_NOT_FOUND, () -> send(alice, general, "look", thumbnail, null));
        refused(ErrorCode.BLOB_NOT_FOUND, () -> send(alice, general, "look", "0".repeat(64), null));
        refused(ErrorCode.TEXT_EMPTY, () -> send(alice, general, "", null, null));
        assertThat(bob.history(general, null, 10).messages()).isEmpty();
    }
}
