package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.client.i18n.Localization;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.net.ServerConnection;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.FetchBlob;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ServerMedia} against the real server on a free loopback port with a fresh database: what
 * one user uploads another fetches byte for byte through pipelined pieces checked against the
 * content id; a cached id costs no request, also after a restart; someone who may not read the
 * conversation gets nothing.
 */
class ServerMediaIntegrationTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    private static final String ROOT_PASSWORD = "password-root";
    private static ParleyServer server;
    private static ParleyConnector connector;

    @TempDir
    Path dir;
    private final java.util.List<AutoCloseable> open = new java.util.ArrayList<>();

    @BeforeAll
    static void startServer(@TempDir Path data) throws IOException {
        server = ParleyServer.start(ServerConfig.loopback(data));
        server.accountAdmin().createSuperuser("root", ROOT_PASSWORD.toCharArray());
        connector = new ParleyConnector();
        try (var probe = connector.connect(server.address())) {
            // a server built without the upload frames says so in its Welcome (no upload limits)
            org.junit.jupiter.api.Assumptions.assumeTrue(probe.hello("probe").maxFileBytes() != null,
                    "this server takes no uploads");
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void uploadPicture_postedInARoom_isFetchedByAnotherUserAsTheStoredPictureWithItsThumbnail() throws Exception {
        User ann = user();
        User bob = user();
        Path photo = dir.resolve("photo.jpg");
        Files.write(photo, PictureSnifferTest.encode("png", 800, 600));

        Attachment stored = ann.media.uploadPicture(photo);
        post(ann, stored);

        assertThat(stored.kind()).isEqualTo(Attachment.PICTURE);
        assertThat(stored.width()).isEqualTo(800);
        assertThat(stored.height()).isEqualTo(600);
        byte[] full = bob.media.content(stored.id(), stored.size()).get(30, TimeUnit.SECONDS);
        assertThat(ContentIds.of(full)).isEqualTo(stored.id());
        assertThat(ImageIO.read(new ByteArrayInputStream(full)).getWidth()).isEqualTo(800);
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(
                bob.media.content(stored.thumbnail(), -1).get(30, TimeUnit.SECONDS)));
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
    }

    @Test
    void file_ofSeveralPieces_roundTripsByteForByte() throws Exception {
        User ann = user();
        User bob = user();
        byte[] content = BlobFetcherTest.random(400_000);

        Attachment stored = new Uploader(ann.service.service(), 4).upload(UploadSource.of(content), "data.bin", Attachment.FILE, r -> { });
        post(ann, stored);

        assertThat(stored.id()).isEqualTo(ContentIds.of(content));
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(bob.media.content(stored.id(), stored.size()).get(30, TimeUnit.SECONDS)).isEqualTo(content);
        assertThat(bob.service.count(FetchBlob.class)).as("400 kB in pieces of 128 KiB").isEqualTo(4);
    }

    @Test
    void content_alreadyCached_isReadWithoutAFetch_alsoAfterARestart() throws Exception {
        User ann = user();
        User bob = user();
        Attachment stored = new Uploader(ann.service.service(), 4).upload(UploadSource.of(BlobFetcherTest.random(1000)), "a.bin",
                Attachment.FILE, r -> { });
        post(ann, stored);
        bob.media.content(stored.id(), stored.size()).get(30, TimeUnit.SECONDS);
        long fetches = bob.service.count(FetchBlob.class);

        bob.media.content(stored.id(), stored.size()).get(30, TimeUnit.SECONDS);
        ServerMedia restarted = media(bob.service, bob.cache);
        restarted.content(stored.id(), stored.size()).get(30, TimeUnit.SECONDS);

        assertThat(fetches).isEqualTo(1);
        assertThat(bob.service.count(FetchBlob.class)).isEqualTo(fetches);
    }

    @Test
    void content_ofAnUploadNotPostedAnywhere_isRefusedToOthers() throws Exception {
        User ann = user();
        User bob = user();
        Attachment stored = new Uploader(ann.service.service(), 4).upload(UploadSource.of(BlobFetcherTest.random(500)), "a.bin",
                Attachment.FILE, r -> { });

        assertThat(ann.media.content(stored.id(), stored.size()).get(30, TimeUnit.SECONDS)).hasSize(500);
        assertBlobNotFound(bob, stored);
    }

    @Test
    void content_postedInARoom_isRefusedToAUserBannedFromIt() throws Exception {
        User ann = user();
        User banned = user();
        Attachment stored = new Uploader(ann.service.service(), 4).upload(UploadSource.of(BlobFetcherTest.random(500)), "a.bin",
                Attachment.FILE, r -> { });
        long room = post(ann, stored).room();
        User root = login("root", ROOT_PASSWORD);
        root.service.service().request(id -> new Ban(id, banned.session.user().id(), room, RestrictionKind.BAN, null, "test"));

        assertBlobNotFound(banned, stored);
    }

    @Test
    void upload_overTheServersLimit_isRefusedBeforeAnyPiece() throws Exception {
        User ann = user();
        long max = ann.service.service().welcome().maxFileBytes();
        UploadSource huge = new UploadSource() {
            @Override
            public long size() {
                return max + 1;
            }

            @Override
            public java.io.InputStream open() {
                throw new AssertionError("nothing may be read");
            }
        };

        assertThatThrownBy(() -> new Uploader(ann.service.service(), 4).upload(huge, "big.bin", Attachment.FILE, r -> { }))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FILE_TOO_LARGE));
    }

    @Test
    void uploadPicture_ofSomethingThatIsNotAPicture_isRefusedByTheServer() throws Exception {
        User ann = user();
        Path fake = dir.resolve("fake.png");
        Files.writeString(fake, "this is text");

        assertThatThrownBy(() -> ann.media.uploadPicture(fake))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_PICTURE));
    }

    private static void assertBlobNotFound(User user, Attachment stored) {
        assertThatThrownBy(() -> user.media.content(stored.id(), stored.size()).get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BLOB_NOT_FOUND));
    }

    private MessageInfo post(User author, Attachment attachment) throws IOException {
        long general = author.service.service().rooms().stream().filter(r -> r.name().equals("general")).mapToLong(RoomInfo::id)
                .findFirst().orElseThrow();
        MessageInfo posted = author.service.service().request(id -> new SendMessage(id, general, UUID.randomUUID(),
                "see attached", null, null, attachment.id()));
        // a server whose send does not take attachments yet returns the message without it
        org.junit.jupiter.api.Assumptions.assumeTrue(posted.attachment() != null, "this server's send stores no attachments");
        return posted;
    }

    private User user() throws IOException {
        CountingChatService service = connect();
        SessionInfo session = service.service().register("media" + USERS.incrementAndGet(), "password123");
        return user(service, session);
    }

    private User login(String name, String password) throws IOException {
        CountingChatService service = connect();
        return user(service, service.service().login(name, password));
    }

    private CountingChatService connect() throws IOException {
        CountingChatService counting = new CountingChatService(new ServerConnection(connector, new SameThreadTaskExecutor()));
        open.add(counting.service());
        counting.service().connect(server.address());
        return counting;
    }

    private User user(CountingChatService service, SessionInfo session) throws IOException {
        Path cache = Files.createTempDirectory(dir, "cache");
        return new User(service, session, media(service, cache), cache);
    }

    private ServerMedia media(CountingChatService service, Path cache) {
        ServerMedia media = new ServerMedia(service.service(), new SameThreadTaskExecutor(), cache, new Localization(Locale.ENGLISH),
                MediaSettings.DEFAULTS, (owner, name) -> null);
        open.add(media);
        return media;
    }

    private record User(CountingChatService service, SessionInfo session, ServerMedia media, Path cache) {
    }
}
