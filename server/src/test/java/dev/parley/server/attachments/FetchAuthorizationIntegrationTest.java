package dev.parley.server.attachments;

import static dev.parley.server.attachments.Transfers.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.Unban;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may fetch a picture (spec M-10: "only users who may read the conversation can fetch it"):
 * a reader of the room it was posted in, picture and thumbnail alike; not a user banned from that
 * room (before or after the post), not anyone for an upload that was never posted or whose
 * message was deleted; unknown ids look the same as forbidden ones. One server; fresh users and
 * pictures per test.
 */
class FetchAuthorizationIntegrationTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    @TempDir
    static Path data;
    static TestServer server;
    static ParleyClient admin;
    static long general;
    static long random;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data), java.time.Clock.systemUTC());
        admin = server.admin("ann");
        general = TestServer.roomId(admin, "general");
        random = TestServer.roomId(admin, "random");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A logged-in user and their id. */
    private record User(ParleyClient client, long id) {
    }

    private static User user(String prefix) {
        String name = prefix + USERS.incrementAndGet();
        ParleyClient client = server.connect();
        long id = client.register(name, "password-" + name).user().id();
        return new User(client, id);
    }

    /** A fresh picture (its own thumbnail differs: wider than 320) uploaded by {@code author}. */
    private static Attachment picture(User author) {
        return Transfers.picture(author.client(), "pic.jpg", TestPictures.jpeg(TestPictures.noise(400, 200, USERS.get())));
    }

    private static Restriction ban(User target, long room) {
        return admin.await(r -> new Ban(r, target.id(), room, RestrictionKind.BAN, null, "test"));
    }

    private static void assertCanFetch(User reader, Attachment a) {
        assertThat(Transfers.sha256(Transfers.fetch(reader.client(), a.id()))).isEqualTo(a.id());
        assertThat(Transfers.sha256(Transfers.fetch(reader.client(), a.thumbnail()))).isEqualTo(a.thumbnail());
    }

    private static void assertCannotFetch(User reader, Attachment a) {
        refused(ErrorCode.BLOB_NOT_FOUND, () -> Transfers.fetchFirst(reader.client(), a.id()));
        refused(ErrorCode.BLOB_NOT_FOUND, () -> Transfers.fetchFirst(reader.client(), a.thumbnail()));
    }

    @Test
    void aReaderOfTheRoom_fetchesThePictureAndItsThumbnail() {
        User author = user("author");
        User reader = user("reader");
        Attachment a = picture(author);
        assertCannotFetch(reader, a);

        Transfers.post(author.client(), general, a);

        assertCanFetch(reader, a);
    }

    @Test
    void aUserBannedFromTheRoom_cannotFetchItsPictureOrThumbnail_untilTheBanIsLifted() {
        User author = user("author");
        User banned = user("banned");
        Attachment a = picture(author);
        Transfers.post(author.client(), general, a);
        assertCanFetch(banned, a);

        Restriction ban = ban(banned, general);

        assertCannotFetch(banned, a);
        admin.await(r -> new Unban(r, ban.id()));
        assertCanFetch(banned, a);
    }

    @Test
    void aUserBannedBeforeThePost_neverCouldFetchIt() {
        User author = user("author");
        User outsider = user("outsider");
        ban(outsider, random);
        Attachment a = picture(author);
        Transfers.post(author.client(), random, a);

        assertCannotFetch(outsider, a);
        // what they may read stays readable to them
        Attachment elsewhere = picture(author);
        Transfers.post(author.client(), general, elsewhere);
        assertCanFetch(outsider, elsewhere);
    }

    @Test
    void aPicturePostedInTwoRooms_isReadableThroughEither() {
        User author = user("author");
        User reader = user("reader");
        ban(reader, general);
        Attachment a = picture(author);
        Transfers.post(author.client(), general, a);
        assertCannotFetch(reader, a);

        Transfers.post(author.client(), random, a);

        assertCanFetch(reader, a);
    }

    @Test
    void anUploadNeverPosted_isForItsUploaderOnly() {
        User author = user("author");
        User other = user("other");
        Attachment a = picture(author);

        assertCanFetch(author, a);
        assertCannotFetch(other, a);
    }

    @Test
    void aDeletedMessage_noLongerOpensItsPicture() {
        User author = user("author");
        User reader = user("reader");
        Attachment a = picture(author);
        MessageInfo m = Transfers.post(author.client(), general, a);
        assertCanFetch(reader, a);

        author.client().await(r -> new dev.parley.protocol.frame.DeleteMessage(r, m.id()));

        assertCannotFetch(reader, a);
        assertCanFetch(author, a);
    }

    @Test
    void anUnknownId_looksExactlyLikeAForbiddenOne() {
        User author = user("author");
        User other = user("other");
        Attachment a = picture(author);
        var forbidden = refused(ErrorCode.BLOB_NOT_FOUND, () -> Transfers.fetchFirst(other.client(), a.id()));
        var unknown = refused(ErrorCode.BLOB_NOT_FOUND, () -> Transfers.fetchFirst(other.client(), "f".repeat(64)));
        assertThat(forbidden.params()).isEqualTo(unknown.params()).isEmpty();
    }
}
