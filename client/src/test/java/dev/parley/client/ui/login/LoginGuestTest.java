package dev.parley.client.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.FakeHosting;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.prefs.ConnectionPreferences;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.Welcome;
import java.net.ConnectException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Join as guest" (spec ID-3): offered when the server says so, with last time's name and colour. */
class LoginGuestTest {
    @TempDir
    Path config;
    private final FakeChatService service = new FakeChatService();
    private final AtomicReference<LoggedIn> result = new AtomicReference<>();
    private ConnectionPreferences preferences;
    private LoginViewModel vm;

    @BeforeEach
    void setUp() {
        preferences = new ConnectionPreferences(config);
        vm = new LoginViewModel(() -> service, new FakeHosting(), new SameThreadTaskExecutor(), preferences, result::set);
        vm.serverAddressProperty().set("chat.example:9000");
    }

    @Test
    void checkGuests_offersGuestLoginOnlyWhenTheServerAllowsIt_andClosesTheProbe() {
        service.welcome = new Welcome(1, "s", true, 4000, false);
        vm.checkGuests();
        assertThat(vm.guestsAllowedProperty().get()).isFalse();
        assertThat(service.closed).isTrue();

        service.welcome = new Welcome(1, "s", true, 4000, true);
        vm.checkGuests();
        assertThat(vm.guestsAllowedProperty().get()).isTrue();
        assertThat(service.calls).containsExactly("connect chat.example:9000", "connect chat.example:9000");

        service.connectFailure = new ConnectException("refused");
        vm.checkGuests();
        assertThat(vm.guestsAllowedProperty().get()).as("an unreachable server offers no guest login").isFalse();
    }

    @Test
    void joinAsGuest_asksForLastTimesNameAndColour_andRemembersWhatWasGranted() {
        preferences.rememberGuest("chat.example:9000", "Guest0042", "#abcdef");

        vm.joinAsGuest();

        assertThat(service.calls).containsExactly("connect chat.example:9000", "guest Guest0042");
        assertThat(result.get().role()).isEqualTo(Role.GUEST);
        assertThat(result.get().user().username()).isEqualTo("Guest0042");
        assertThat(result.get().user().color()).isEqualTo("#abcdef");
    }

    @Test
    void firstGuestLogin_asksForNothing_andStoresTheGrantedNameForNextTime() {
        vm.joinAsGuest();

        assertThat(service.calls).containsExactly("connect chat.example:9000", "guest null");
        ConnectionPreferences reread = new ConnectionPreferences(config);
        assertThat(reread.guestName()).isEqualTo("Guest1234");
        assertThat(reread.guestColor()).isEqualTo("#654321");
    }
}
