package dev.parley.server.moderation;

import static dev.parley.server.moderation.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.GuestLogin;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.SessionInfo;
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
 * Guests (spec ID-3): a {@code GuestNNNN} name, the guest role, the same name and colour again
 * when asked for after a disconnect, no password login, names no account may take, and the
 * server option (off by default). What guests may not do is in the authorization matrix.
 */
class ModerationGuestsIntegrationTest {
    @TempDir
    static Path data;
    @TempDir
    static Path dataWithoutGuests;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data).withGuests(true),
                new MutableClock(Instant.parse("2030-09-01T08:00:00Z")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static SessionInfo guest(ParleyClient client, String name, String color) {
        return client.await(i -> new GuestLogin(i, name, color));
    }

    @Test
    void guestLogin_givesAGuestName_aColour_andTheGuestRole() {
        SessionInfo guest = guest(server.connect(), null, null);

        assertThat(guest.role()).isEqualTo(Role.GUEST);
        assertThat(guest.user().username()).matches("Guest[0-9]{4}");
        assertThat(guest.user().displayName()).isEqualTo(guest.user().username());
        assertThat(guest.user().color()).matches("#[0-9a-f]{6}");
        assertThat(guest.token()).isNotBlank();
    }

    @Test
    void returningGuest_askingForTheirNameAndColour_getsThemBack() throws Exception {
        ParleyClient first = server.connect();
        SessionInfo before = guest(first, null, null);
        int open = server.server().connectionCount();
        first.close();
        awaitConnections(open - 1);

        SessionInfo again = guest(server.connect(), before.user().username(), before.user().color());

        assertThat(again.user().id()).isEqualTo(before.user().id());
        assertThat(again.user().username()).isEqualTo(before.user().username());
        assertThat(again.user().color()).isEqualTo(before.user().color());
        assertThat(again.role()).isEqualTo(Role.GUEST);
    }

    @Test
    void guestNameOfAGuestOnlineNow_isNotGrantedToAnother() {
        SessionInfo online = guest(server.connect(), null, null);

        SessionInfo other = guest(server.connect(), online.user().username(), online.user().color());

        assertThat(other.user().id()).isNotEqualTo(online.user().id());
        assertThat(other.user().username()).isNotEqualTo(online.user().username()).matches("Guest[0-9]{4}");
    }

    @Test
    void guest_readsAndPostsInPublicRooms() {
        ParleyClient guest = server.guest();
        long general = TestServer.roomId(guest, "general");

        guest.open(general);

        assertThat(guest.send(general, "hello from a guest").text()).isEqualTo("hello from a guest");
    }

    @Test
    void passwordLogin_withAGuestName_isBadCredentials() {
        String name = guest(server.connect(), null, null).user().username();

        refused(ErrorCode.BAD_CREDENTIALS, () -> server.connect().login(name, "any password at all"));
        refused(ErrorCode.BAD_CREDENTIALS, () -> server.connect().login(name, "!"));
    }

    @Test
    void registering_aGuestShapedName_isUsernameTaken() {
        refused(ErrorCode.USERNAME_TAKEN, () -> server.connect().register("Guest1234", "password-guest"));
        refused(ErrorCode.USERNAME_TAKEN, () -> server.connect().register("guest0001", "password-guest"));
    }

    @Test
    void guestsOff_guestLoginIsRefused() {
        try (TestServer closed = new TestServer(ServerConfig.loopback(dataWithoutGuests),
                new MutableClock(Instant.parse("2030-09-01T08:00:00Z")))) {
            refused(ErrorCode.GUESTS_DISABLED, () -> guest(closed.connect(), null, null));
            refused(ErrorCode.GUESTS_DISABLED, () -> guest(closed.connect(), "Guest0042", "#00aa00"));
        }
    }

    /** Waits until the server has seen closed connections go, so a guest counts as offline. */
    private static void awaitConnections(int count) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (server.server().connectionCount() > count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("server still has " + server.server().connectionCount() + " connections");
            }
            Thread.sleep(10);
        }
    }
}
