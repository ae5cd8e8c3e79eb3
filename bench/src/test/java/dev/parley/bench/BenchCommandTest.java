package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Argument validation: refused before anything starts, with the option, the value and what is allowed. */
class BenchCommandTest {
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = new CommandLine(new BenchCommand());
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    @Test
    void help_worksForEveryScenario() {
        for (String s : new String[] {"fanout", "team", "history", "idle", "reconnect", "catchup", "pictures"}) {
            assertThat(run(s, "--help")).isZero();
        }
    }

    @Test
    void duration_outOfRange_isRefusedNamingTheOption() {
        assertThat(run("fanout", "--duration", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--duration: 0 is out of range; allowed 1..3600");
    }

    @Test
    void senders_moreThanClients_isRefused() {
        assertThat(run("team", "--clients", "10", "--senders", "11", "--rooms", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--senders: 11 is out of range; allowed 1..10");
    }

    @Test
    void catchup_pageOverTheHistoryLimit_isRefused() {
        assertThat(run("catchup", "--page", "101")).isEqualTo(2);
        assertThat(err.toString()).contains("--page: 101 is out of range; allowed 1..100");
    }

    @Test
    void url_mustBeWebSocketAndExcludesData() {
        assertThat(run("fanout", "--url", "http://x:1")).isEqualTo(2);
        assertThat(run("fanout", "--url", "ws://127.0.0.1:1", "--data", "/tmp/x")).isEqualTo(2);
        assertThat(err.toString()).contains("not a ws:// or wss:// address").contains("--data: cannot be used with --url");
    }

    @Test
    void history_withUrl_isRefusedBecauseItSeedsTheDatabase() {
        assertThat(run("history", "--url", "ws://127.0.0.1:1")).isEqualTo(2);
        assertThat(err.toString()).contains("needs a server it starts itself");
    }

    @Test
    void serverHeap_mustBeASize() {
        assertThat(run("idle", "--server-heap", "lots")).isEqualTo(2);
        assertThat(err.toString()).contains("--server-heap: 'lots' is not a heap size");
    }

    @Test
    void serverCommand_passesHeapAndOptionsBeforeTheMainClass() {
        CommonOptions o = new CommonOptions();
        o.serverHeap = "1g";
        o.serverJvmOptions = java.util.List.of("-XX:+UseParallelGC");
        var cmd = ServerProcess.command(o.serverJvmArgs(), java.nio.file.Path.of("/d"), java.nio.file.Path.of("/c.yml"));
        assertThat(cmd).containsSubsequence("-Xmx1g", "-XX:+UseParallelGC", "-cp", ServerProcess.MAIN,
                "--host", "127.0.0.1", "--port", "0", "--data", "/d", "--config", "/c.yml");
    }
}
