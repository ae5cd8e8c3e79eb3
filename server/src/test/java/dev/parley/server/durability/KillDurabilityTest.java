package dev.parley.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.server.ParleyServer;
import dev.parley.server.cli.ServerCommand;
import dev.parley.server.config.ServerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged message survives {@code kill -9} of the server: the server runs as its own
 * process, several clients send without waiting, the process is killed with SIGKILL mid-stream,
 * and a server restarted on the same data must hold every acknowledged message exactly once.
 */
class KillDurabilityTest {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");
    private static final int SENDERS = 4;

    @TempDir
    Path dir;

    @Test
    void acknowledgedMessages_surviveSigkill_exactlyOnce() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ServerCommand.class.getName(), "--host", "127.0.0.1", "--port", "0", "--data", data.toString(),
                "--config", unlimitedConfig(data).toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AcknowledgedStream stream;
        int inFlightAtKill;
        long room;
        try {
            int port = awaitPort(log, server);
            ParleyConnector connector = new ParleyConnector();
            List<ParleyClient> clients = new ArrayList<>();
            for (int i = 0; i < SENDERS; i++) {
                ParleyClient c = connector.connect("ws://127.0.0.1:" + port);
                c.hello("durability");
                c.register("sender" + i, "correct horse");
                clients.add(c);
            }
            room = clients.get(0).rooms().rooms().get(0).id();
            stream = new AcknowledgedStream(clients, room);
            stream.awaitAcknowledged(3_000);
            inFlightAtKill = stream.inFlight();
        } finally {
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
        }
        stream.stop();
        // the kill must land mid-stream, or the test would prove nothing
        assertThat(inFlightAtKill).as("sends in flight when the server was killed").isPositive();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Set<String> acked = stream.acknowledged();
        assertThat(acked).hasSizeGreaterThanOrEqualTo(3_000);

        Map<String, Integer> stored;
        try (ParleyServer restarted = ParleyServer.start(ServerConfig.loopback(data))) {
            ParleyClient reader = new ParleyConnector().connect(restarted.address());
            reader.hello("reader");
            reader.login("sender0", "correct horse");
            stored = AcknowledgedStream.storedCopies(reader, room);
            reader.close();
        }
        assertThat(acked).allSatisfy(text -> assertThat(stored.get(text)).as("copies of acknowledged %s", text).isEqualTo(1));
        assertThat(stored.values()).allSatisfy(copies -> assertThat(copies).isEqualTo(1));
    }

    private static int awaitPort(Path log, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (Files.exists(log)) {
                Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("server did not start: " + (Files.exists(log) ? Files.readString(log) : "no output"));
    }

    /** A config without rate or flood limits: the senders stream as fast as they can on purpose. */
    private static Path unlimitedConfig(Path dir) throws java.io.IOException {
        Path config = dir.resolveSibling(dir.getFileName() + "-config.yaml");
        java.nio.file.Files.writeString(config, "spam:\n  userMessagesPerMinute: 0\n  userBurst: 0\n"
                + "  addressMessagesPerMinute: 0\n  addressBurst: 0\n  floodRepeats: 0\n");
        return config;
    }
}
