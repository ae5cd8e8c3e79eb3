package dev.parley.client.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.HostedChat;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.prefs.ConnectionPreferences;
import java.net.ConnectException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoginViewModelTest {
    @TempDir
    Path config;
    private final FakeChatService service = new FakeChatService();
    private final AtomicReference<LoggedIn> result = new AtomicReference<>();
    private final HostedChat hosted = new HostedChat() {
        @Override
        public String localAddress() {
            return "127.0.0.1:8025";
        }

        @Override
        public String shareAddress() {
            return "192.168.1.5:8025";
        }

        @Override
        public void close() {
        }
    };
    private ConnectionPreferences preferences;
    private LoginViewModel vm;

    @BeforeEach
    void setUp() {
        preferences = new ConnectionPreferences(config);
        vm = new LoginViewModel(() -> service, () -> hosted, new SameThreadTaskExecutor(), preferences, result::set);
    }

    @Test
    void newViewModel_startsWithDefaultAddress() {
        assertThat(vm.serverAddressProperty().get()).isEqualTo("localhost:8025");
    }

    @Test
    void submit_registersAndRemembersAddressAndNameButNotPassword() {
        vm.serverAddressProperty().set("chat.example:9000");
        vm.usernameProperty().set("ann");
        vm.passwordProperty().set("secret-pass");
        vm.registeringProperty().set(true);

        vm.submit();

        assertThat(result.get().user().username()).isEqualTo("ann");
        assertThat(service.calls).containsExactly("connect chat.example:9000", "register ann");
        ConnectionPreferences reread = new ConnectionPreferences(config);
        assertThat(reread.serverAddress()).isEqualTo("chat.example:9000");
        assertThat(reread.username()).isEqualTo("ann");
        assertThat(vm.passwordProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void submit_showsBadCredentialsAndClosesConnection() {
        service.accounts.put("ann", "right-password");
        vm.usernameProperty().set("ann");
        vm.passwordProperty().set("wrong-password");

        vm.submit();

        assertThat(result.get()).isNull();
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.bad_credentials");
        assertThat(service.closed).isTrue();
    }

    @Test
    void submit_showsCannotReachServerWhenConnectionRefused() {
        service.connectFailure = new java.io.IOException("cannot connect", new ConnectException("refused"));
        vm.usernameProperty().set("ann");
        vm.passwordProperty().set("secret-pass");

        vm.submit();

        assertThat(vm.errorProperty().get().key()).isEqualTo(ErrorTexts.CANNOT_REACH_SERVER);
    }

    @Test
    void submit_refusesMissingFieldsWithoutConnecting() {
        vm.usernameProperty().set("ann");

        vm.submit();

        assertThat(vm.errorProperty().get().key()).isEqualTo("login.error.missing_fields");
        assertThat(service.calls).isEmpty();
    }

    @Test
    void hostChat_connectsLocallyRegistersWhenNewAndSharesAddress() {
        vm.usernameProperty().set("host");
        vm.passwordProperty().set("secret-pass");

        vm.hostChat();

        assertThat(service.calls).containsExactly("connect 127.0.0.1:8025", "login host", "register host");
        assertThat(result.get().shareAddress()).isEqualTo("192.168.1.5:8025");
    }
}
