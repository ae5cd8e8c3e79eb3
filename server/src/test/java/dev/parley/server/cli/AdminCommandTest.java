package dev.parley.server.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code parley admin} (spec ID-5) against a real data directory: the password comes from
 * standard input (never an argument), the superuser it creates logs in through the protocol
 * with role superuser, a second superuser is refused, and reset-password replaces the password
 * and ends the sessions.
 */
class AdminCommandTest {
    @TempDir
    Path data;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void restoreStdin() {
        AdminCommand.stdin = System.in;
    }

    private int run(String passwordLine, String... args) {
        AdminCommand.stdin = new ByteArrayInputStream(passwordLine.getBytes(StandardCharsets.UTF_8));
        CommandLine cli = new CommandLine(new AdminCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private SessionInfo login(ParleyServer server, String user, String password) {
        try (ParleyClient client = new ParleyConnector().connect(server.address())) {
            client.hello("admin-test");
            return client.login(user, password);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void createSuperuser_readsThePasswordFromStdin_andTheSuperuserLogsIn() {
        int code = run("root password 1\n", "create-superuser", "--data", data.toString(), "--username", "root");

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Superuser root created");
        try (ParleyServer server = ParleyServer.start(ServerConfig.loopback(data))) {
            assertThat(login(server, "root", "root password 1").role()).isEqualTo(Role.SUPERUSER);
        }
    }

    @Test
    void aSecondSuperuser_isRefused() {
        assertThat(run("root password 1\n", "create-superuser", "--data", data.toString(), "--username", "root")).isZero();

        int code = run("other password 1\n", "create-superuser", "--data", data.toString(), "--username", "other");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("a superuser exists");
    }

    @Test
    void noPassword_isRefused_andNothingIsCreated() {
        int code = run("", "create-superuser", "--data", data.toString(), "--username", "root");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("no password");
        try (ParleyServer server = ParleyServer.start(ServerConfig.loopback(data))) {
            assertThatThrownBy(() -> login(server, "root", "root password 1"))
                    .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_CREDENTIALS));
        }
    }

    @Test
    void theCommandHasNoPasswordOption() {
        int code = run("x\n", "create-superuser", "--data", data.toString(), "--username", "root", "--password", "secret123");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void resetPassword_replacesThePassword() {
        assertThat(run("root password 1\n", "create-superuser", "--data", data.toString(), "--username", "root")).isZero();

        int code = run("brand new password\n", "reset-password", "--data", data.toString(), "--username", "root");

        assertThat(code).as(err.toString()).isZero();
        try (ParleyServer server = ParleyServer.start(ServerConfig.loopback(data))) {
            assertThat(login(server, "root", "brand new password").user().username()).isEqualTo("root");
            assertThatThrownBy(() -> login(server, "root", "root password 1"))
                    .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_CREDENTIALS));
        }
    }

    @Test
    void resetPassword_ofAnUnknownUser_fails() {
        int code = run("brand new password\n", "reset-password", "--data", data.toString(), "--username", "nobody");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("no such user");
    }
}
