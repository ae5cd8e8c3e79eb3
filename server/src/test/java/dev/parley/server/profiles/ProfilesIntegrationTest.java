package dev.parley.server.profiles;

import static dev.parley.server.attachments.Transfers.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Push;
import dev.parley.protocol.frame.UpdateProfile;
import dev.parley.protocol.frame.UserChanged;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.TestServer;
import dev.parley.server.attachments.TestPictures;
import dev.parley.server.attachments.Transfers;
import dev.parley.server.config.ServerConfig;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Profiles (spec ID-4) through the real server: display name, colour, status line and avatar
 * change with {@code update_profile}, reach every other logged-in client live as a {@code user}
 * push, and are in every UserInfo afterwards; avatars come from the caller's own picture, cropped
 * square; guests cannot change theirs.
 */
class ProfilesIntegrationTest {
    private static final AtomicInteger USERS = new AtomicInteger();
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data).withGuests(true), java.time.Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String name() {
        return "person" + USERS.incrementAndGet();
    }

    /** The {@code user} pushes one client receives. */
    private static BlockingQueue<UserInfo> userPushes(ParleyClient client) {
        BlockingQueue<UserInfo> queue = new LinkedBlockingQueue<>();
        client.onPush((Push p) -> {
            if (p instanceof UserChanged changed) {
                queue.add(changed.user());
            }
        });
        return queue;
    }

    /** The next push about {@code user}, skipping others'. */
    private static UserInfo nextAbout(BlockingQueue<UserInfo> pushes, long user) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            UserInfo u = pushes.poll(100, TimeUnit.MILLISECONDS);
            if (u != null && u.id() == user) {
                return u;
            }
        }
        throw new AssertionError("no user push about " + user);
    }

    @Test
    void nameColourAndStatus_change_andReachAnotherClientLive() throws Exception {
        String name = name();
        ParleyClient me = server.user(name);
        ParleyClient other = server.user(name());
        BlockingQueue<UserInfo> theirs = userPushes(other);

        UserInfo updated = me.await(r -> new UpdateProfile(r, "Maria K.", "#8E44AD", "  In a meeting  ", null));

        assertThat(updated.displayName()).isEqualTo("Maria K.");
        assertThat(updated.color()).isEqualTo("#8e44ad");
        assertThat(updated.status()).isEqualTo("In a meeting");
        assertThat(updated.username()).isEqualTo(name);
        assertThat(nextAbout(theirs, updated.id())).isEqualTo(updated);
        // and it stays: a later login carries it, and so do the author records of message pushes
        assertThat(server.connect().login(name, "password-" + name).user()).isEqualTo(updated);
        long general = TestServer.roomId(other, "general");
        BlockingQueue<dev.parley.protocol.frame.MessagePosted> posted = new LinkedBlockingQueue<>();
        other.onPush(p -> {
            if (p instanceof dev.parley.protocol.frame.MessagePosted m) {
                posted.add(m);
            }
        });
        other.open(general);
        me.send(general, "hello");
        var push = posted.poll(10, TimeUnit.SECONDS);
        assertThat(push).isNotNull();
        assertThat(push.author()).isEqualTo(updated);
    }

    @Test
    void absentFieldsStay_andAnEmptyStatusClears() {
        ParleyClient me = server.user(name());
        me.await(r -> new UpdateProfile(r, "Kasia", null, "Coffee", null));
        UserInfo onlyColour = me.await(r -> new UpdateProfile(r, null, "#123456", null, null));
        assertThat(onlyColour.displayName()).isEqualTo("Kasia");
        assertThat(onlyColour.status()).isEqualTo("Coffee");

        UserInfo cleared = me.await(r -> new UpdateProfile(r, null, null, "", null));
        assertThat(cleared.status()).isNull();
        assertThat(cleared.displayName()).isEqualTo("Kasia");
    }

    @Test
    void avatar_isTheCentredSquareOfOnesOwnPicture_128aSide_fetchableByAnyone() throws Exception {
        ParleyClient me = server.user(name());
        ParleyClient other = server.user(name());
        BlockingQueue<UserInfo> theirs = userPushes(other);
        // 300 × 100: red | green | blue; the centred square is the green third
        BufferedImage wide = TestPictures.solid(300, 100, Color.RED, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = wide.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(100, 0, 100, 100);
        g.setColor(Color.BLUE);
        g.fillRect(200, 0, 100, 100);
        g.dispose();
        Attachment picture = Transfers.picture(me, "me.png", TestPictures.png(wide));

        UserInfo updated = me.await(r -> new UpdateProfile(r, null, null, null, picture.id()));

        assertThat(updated.avatar()).matches("[0-9a-f]{64}").isNotEqualTo(picture.id());
        assertThat(nextAbout(theirs, updated.id()).avatar()).isEqualTo(updated.avatar());
        // anyone logged in may fetch an avatar, though the picture itself was never posted
        BufferedImage avatar = ImageIO.read(new ByteArrayInputStream(Transfers.fetch(other, updated.avatar())));
        assertThat(avatar.getWidth()).isEqualTo(Limits.AVATAR_SIZE);
        assertThat(avatar.getHeight()).isEqualTo(Limits.AVATAR_SIZE);
        // stored as JPEG (no transparency), so compared with some tolerance
        assertThat(isGreen(avatar.getRGB(64, 64))).isTrue();
        assertThat(isGreen(avatar.getRGB(3, 64))).as("the red third is cropped away").isTrue();
        assertThat(isGreen(avatar.getRGB(124, 64))).as("the blue third is cropped away").isTrue();
        refused(ErrorCode.BLOB_NOT_FOUND, () -> Transfers.fetchFirst(other, picture.id()));

        UserInfo removed = me.await(r -> new UpdateProfile(r, null, null, null, ""));
        assertThat(removed.avatar()).isNull();
    }

    private static boolean isGreen(int rgb) {
        return ((rgb >> 16) & 0xFF) < 40 && ((rgb >> 8) & 0xFF) > 215 && (rgb & 0xFF) < 40;
    }

    @Test
    void avatar_fromSomeoneElsesUpload_isNotFound_andFromAFile_isUnsupported() {
        ParleyClient me = server.user(name());
        ParleyClient other = server.user(name());
        Attachment theirs = Transfers.picture(other, "x.png", TestPictures.png(TestPictures.noise(50, 50, 1)));
        refused(ErrorCode.BLOB_NOT_FOUND, () -> me.await(r -> new UpdateProfile(r, null, null, null, theirs.id())));
        refused(ErrorCode.BLOB_NOT_FOUND, () -> me.await(r -> new UpdateProfile(r, null, null, null, "e".repeat(64))));

        Attachment file = Transfers.upload(me, "notes.txt", Attachment.FILE, "just text".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        refused(ErrorCode.UNSUPPORTED_PICTURE, () -> me.await(r -> new UpdateProfile(r, null, null, null, file.id())));
    }

    @Test
    void guests_cannotChangeTheirProfile() {
        ParleyClient guest = server.guest();
        var e = refused(ErrorCode.FORBIDDEN, () -> guest.await(r -> new UpdateProfile(r, "Not a guest", null, null, null)));
        assertThat(e.params()).isEmpty();
    }

    @Test
    void aStatusWithControlCharacters_orABlankName_isAnInvalidField() {
        ParleyClient me = server.user(name());
        assertThat(refused(ErrorCode.INVALID_FIELD, () -> me.await(r -> new UpdateProfile(r, null, null, "a\u0007b", null))).params())
                .containsEntry("field", "status");
        assertThat(refused(ErrorCode.INVALID_FIELD, () -> me.await(r -> new UpdateProfile(r, "   ", null, null, null))).params())
                .containsEntry("field", "displayName");
    }
}
