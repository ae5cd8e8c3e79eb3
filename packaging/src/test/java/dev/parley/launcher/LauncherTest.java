package dev.parley.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line: help everywhere, and the server's options are the documented ones. */
class LauncherTest {
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new ParleyLauncher());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        int code = cli.execute(args);
        assertThat(code).as("exit code of %s", String.join(" ", args)).isZero();
        return out.toString();
    }

    @Test
    void help_listsTheServerCommand() {
        assertThat(run("--help")).contains("Usage: parley").contains("server").contains("desktop client");
    }

    @Test
    void serverHelp_listsHostPortDataConfig() {
        assertThat(run("server", "--help")).contains("--host").contains("--port").contains("--data").contains("--config");
    }

    @Test
    void helpCommand_explainsServer() {
        assertThat(run("help", "server")).contains("headless");
    }

    @Test
    void adminHelp_listsTheAccountCommands_andTakesNoPasswordOption() {
        assertThat(run("admin", "--help")).contains("create-superuser").contains("reset-password");
        assertThat(run("admin", "create-superuser", "--help")).contains("--username").contains("--data")
                .doesNotContain("--password");
    }
}
