package dev.parley.client.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.FakeHosting;
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
    private final FakeHosting hosting = new FakeHosting();
    private ConnectionPreferences preferences;
    private LoginViewModel vm;

    @BeforeEach
    void setUp() {
        preferences = new ConnectionPreferences(config);
        vm = new LoginViewModel(() -> service, hosting, new SameThreadTaskExecutor(), preferences, result::set);
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
        assertThat(result.get().address()).isEqualTo(FakeHosting.LOCAL);
        assertThat(vm.hostingAddressProperty().get()).isEqualTo(FakeHosting.SHARE);
    }

    @Test
    void hostChat_wrongPasswordForExistingAccountShowsBadCredentialsNotNameTaken() {
        service.accounts.put("host", "right-password");
        vm.usernameProperty().set("host");
        vm.passwordProperty().set("wrong-password");

        vm.hostChat();

        assertThat(result.get()).isNull();
        assertThat(service.calls).containsExactly("connect 127.0.0.1:8025", "login host", "register host");
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.bad_credentials");
        assertThat(service.closed).isTrue();
    }

    @Test
    void hostChat_failedLoginKeepsTheRunningServerVisible() {
        service.accounts.put("host", "right-password");
        vm.usernameProperty().set("host");
        vm.passwordProperty().set("wrong-password");

        vm.hostChat();

        assertThat(vm.hostingAddressProperty().get()).isEqualTo(FakeHosting.SHARE);
    }

    @Test
    void hostChat_serverThatCannotStartShowsTranslatedHostingError() {
        hosting.startFailure = new IllegalStateException("Database may be already in use");
        vm.usernameProperty().set("host");
        vm.passwordProperty().set("secret-pass");

        vm.hostChat();

        assertThat(vm.errorProperty().get().key()).isEqualTo(LoginViewModel.HOSTING_FAILED);
        assertThat(service.calls).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.hostingAddressProperty().get()).isNull();
    }

    @Test
    void newViewModel_showsAChatStillHostedAfterLogOut() {
        hosting.start();

        LoginViewModel again = new LoginViewModel(() -> service, hosting, new SameThreadTaskExecutor(), preferences, result::set);

        assertThat(again.hostingAddressProperty().get()).isEqualTo(FakeHosting.SHARE);
    }

    @Test
    void stopHosting_stopsTheServerAndHidesItsAddress() {
        hosting.start();
        LoginViewModel again = new LoginViewModel(() -> service, hosting, new SameThreadTaskExecutor(), preferences, result::set);

        again.stopHosting();

        assertThat(hosting.stops).isEqualTo(1);
        assertThat(again.hostingAddressProperty().get()).isNull();
        assertThat(again.busyProperty().get()).isFalse();
    }

    @Test
    void showNotice_showsWhyTheUserWasSignedOut() {
        vm.showNotice(UiText.of("login.notice.session_ended"));

        assertThat(vm.errorProperty().get().key()).isEqualTo("login.notice.session_ended");
    }
}
