package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.ChangePassword;
import dev.parley.protocol.frame.Logout;
import dev.parley.protocol.frame.Register;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.Welcome;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts over the real protocol: register, login, resume, logout, throttling, policy. */
class AccountsIntegrationTest {
    @TempDir
    Path data;
    TestServer server;
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));

    TestServer start(boolean registrationOpen) {
        server = new TestServer(ServerConfig.loopback(data).withRegistrationOpen(registrationOpen), clock);
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    static void assertCode(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void hello_reportsProtocolAndRegistrationPolicy() {
        start(true);
        Welcome welcome = server.connect().hello("test again");
        assertThat(welcome.protocol()).isEqualTo(1);
        assertThat(welcome.registrationOpen()).isTrue();
        assertThat(welcome.maxTextLength()).isEqualTo(4000);
    }

    @Test
    void register_thenLoginOnAnotherConnection_returnsSameUserAndNewToken() {
        start(true);
        SessionInfo registered = server.connect().register("Alice", "correct horse");
        SessionInfo loggedIn = server.connect().login("alice", "correct horse");

        assertThat(loggedIn.user()).isEqualTo(registered.user());
        assertThat(loggedIn.user().username()).isEqualTo("Alice");
        assertThat(loggedIn.user().color()).matches("#[0-9a-f]{6}");
        assertThat(loggedIn.token()).isNotEqualTo(registered.token()).hasSize(43);
    }

    @Test
    void register_takenNameIgnoringCase_isRefused() {
        start(true);
        server.connect().register("alice", "correct horse");
        assertCode(() -> server.connect().register("ALICE", "another pass"), ErrorCode.USERNAME_TAKEN);
    }

    @Test
    void register_badNameOrShortPassword_isRefusedWithItsCode() {
        start(true);
        ParleyClient c = server.connect();
        assertCode(() -> c.register("a b", "correct horse"), ErrorCode.INVALID_FIELD);
        assertCode(() -> c.register("ab", "correct horse"), ErrorCode.INVALID_FIELD);
        assertCode(() -> c.register("bob", "short"), ErrorCode.WEAK_PASSWORD);
        assertThat(c.register("bob", "long enough").user().username()).isEqualTo("bob");
    }

    @Test
    void register_whenRegistrationClosed_isRefused() {
        start(false);
        assertCode(() -> server.connect().register("alice", "correct horse"), ErrorCode.REGISTRATION_CLOSED);
    }

    @Test
    void resume_withToken_logsInWithoutPassword_untilLogout() {
        start(true);
        ParleyClient first = server.connect();
        SessionInfo session = first.register("alice", "correct horse");

        ParleyClient second = server.connect();
        assertThat(second.resume(session.token()).user()).isEqualTo(session.user());
        assertThat(second.rooms().rooms()).isNotEmpty();

        first.await(Logout::new);
        assertCode(() -> server.connect().resume(session.token()), ErrorCode.SESSION_INVALID);
        assertCode(first::rooms, ErrorCode.NOT_AUTHENTICATED);
    }

    @Test
    void resume_afterThirtyIdleDays_isRefused() {
        start(true);
        SessionInfo session = server.connect().register("alice", "correct horse");
        clock.advance(Duration.ofDays(31));
        assertCode(() -> server.connect().resume(session.token()), ErrorCode.SESSION_INVALID);
    }

    @Test
    void resume_withUnknownToken_isRefused() {
        start(true);
        assertCode(() -> server.connect().resume("not-a-token"), ErrorCode.SESSION_INVALID);
    }

    @Test
    void login_wrongPassword_andUnknownUser_giveTheSameCode() {
        start(true);
        server.connect().register("alice", "correct horse");
        assertCode(() -> server.connect().login("alice", "wrong horse"), ErrorCode.BAD_CREDENTIALS);
        assertCode(() -> server.connect().login("nobody", "wrong horse"), ErrorCode.BAD_CREDENTIALS);
    }

    @Test
    void login_repeatedFailures_areSlowedDown_untilTheWaitHasPassed() {
        start(true);
        server.connect().register("alice", "correct horse");
        ParleyClient c = server.connect();
        for (int i = 0; i < 4; i++) {
            assertCode(() -> c.login("alice", "wrong horse"), ErrorCode.BAD_CREDENTIALS);
        }
        // locked now: even the right password is refused, with the wait in seconds
        assertThatThrownBy(() -> c.login("alice", "correct horse"))
                .isInstanceOfSatisfying(ParleyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.TOO_MANY_ATTEMPTS);
                    assertThat(e.params()).containsEntry("retryAfterSeconds", "1");
                });
        clock.advance(Duration.ofSeconds(2));
        assertThat(c.login("alice", "correct horse").user().username()).isEqualTo("alice");
    }

    @Test
    void login_lockGrowsWithEachFurtherFailure() {
        start(true);
        server.connect().register("alice", "correct horse");
        ParleyClient c = server.connect();
        for (int i = 0; i < 4; i++) {
            assertCode(() -> c.login("alice", "wrong horse"), ErrorCode.BAD_CREDENTIALS);
        }
        clock.advance(Duration.ofSeconds(2));
        assertCode(() -> c.login("alice", "wrong again"), ErrorCode.BAD_CREDENTIALS);
        assertThatThrownBy(() -> c.login("alice", "correct horse"))
                .isInstanceOfSatisfying(ParleyException.class,
                        e -> assertThat(e.params()).containsEntry("retryAfterSeconds", "2"));
    }

    @Test
    void requestsBeforeLogin_areRefused_andLoginStillWorksAfter() {
        start(true);
        server.connect().register("alice", "correct horse");
        ParleyClient c = server.connect();
        assertCode(c::rooms, ErrorCode.NOT_AUTHENTICATED);
        assertCode(() -> c.open(1), ErrorCode.NOT_AUTHENTICATED);
        assertCode(() -> c.send(1, "sneaky"), ErrorCode.NOT_AUTHENTICATED);
        assertCode(() -> c.history(1, null, 10), ErrorCode.NOT_AUTHENTICATED);
        c.login("alice", "correct horse");
        assertThat(c.history(1, null, 10).messages()).isEmpty();
    }

    @Test
    void register_onLoggedInConnection_isRefused() {
        start(true);
        ParleyClient c = server.connect();
        c.register("alice", "correct horse");
        assertCode(() -> c.await(id -> new Register(id, "bob", "correct horse", null)), ErrorCode.ALREADY_AUTHENTICATED);
    }

    @Test
    void changePassword_closesOtherLiveConnectionsOfTheUser_butNotThisOne() throws Exception {
        start(true);
        ParleyClient mine = server.connect();
        mine.register("alice", "correct horse");
        ParleyClient stolen = server.connect();
        stolen.login("alice", "correct horse");
        ParleyClient bob = server.connect();
        bob.register("bob", "correct horse");

        mine.await(id -> new ChangePassword(id, "correct horse", "new password 1"));

        var reason = stolen.closedFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(reason.getCloseCode().getCode()).isEqualTo(4001);
        assertThat(mine.rooms().rooms()).isNotEmpty();
        assertThat(bob.rooms().rooms()).isNotEmpty();
    }

    @Test
    void logout_closesOtherConnectionsResumedWithTheSameSession() throws Exception {
        start(true);
        ParleyClient first = server.connect();
        SessionInfo session = first.register("alice", "correct horse");
        ParleyClient resumed = server.connect();
        resumed.resume(session.token());
        ParleyClient otherSession = server.connect();
        otherSession.login("alice", "correct horse");

        first.await(Logout::new);

        assertThat(resumed.closedFuture().get(10, java.util.concurrent.TimeUnit.SECONDS).getCloseCode().getCode())
                .isEqualTo(4001);
        assertThat(otherSession.rooms().rooms()).isNotEmpty();
    }

    @Test
    void connectionThatNeverLogsIn_isClosedAfterTheLoginTimeout_andLoggedInOnesStay() throws Exception {
        server = new TestServer(ServerConfig.loopback(data).withLoginTimeoutSeconds(3), clock);
        ParleyClient active = server.connect();
        active.register("alice", "correct horse");
        ParleyClient idle = server.connect();

        var reason = idle.closedFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);

        assertThat(reason.getCloseCode().getCode()).isEqualTo(4000);
        assertThat(active.isOpen()).isTrue();
        assertThat(active.rooms().rooms()).isNotEmpty();
    }

    @Test
    void register_displayNameOfAstralCharactersAtTheLimit_isStored() {
        start(true);
        String name = "😀".repeat(64);
        SessionInfo s = server.connect().await(id -> new Register(id, "emoji", "correct horse", name));
        assertThat(s.user().displayName()).isEqualTo(name);
    }

    @Test
    void changePassword_needsOldPassword_andEndsOtherSessions() {
        start(true);
        ParleyClient c = server.connect();
        SessionInfo mine = c.register("alice", "correct horse");
        SessionInfo other = server.connect().login("alice", "correct horse");

        assertCode(() -> c.await(id -> new ChangePassword(id, "wrong horse", "new password 1")), ErrorCode.BAD_CREDENTIALS);
        c.await(id -> new ChangePassword(id, "correct horse", "new password 1"));

        assertCode(() -> server.connect().login("alice", "correct horse"), ErrorCode.BAD_CREDENTIALS);
        assertThat(server.connect().login("alice", "new password 1").user().id()).isEqualTo(mine.user().id());
        assertCode(() -> server.connect().resume(other.token()), ErrorCode.SESSION_INVALID);
        assertThat(server.connect().resume(mine.token()).user().id()).isEqualTo(mine.user().id());
    }
}
