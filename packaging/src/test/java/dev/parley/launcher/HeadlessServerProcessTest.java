package dev.parley.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley server} as a real process: starts with no display, never loads a JavaFX class,
 * serves the protocol, and on SIGTERM shuts down cleanly with its data kept.
 */
class HeadlessServerProcessTest {
    private static final Pattern LISTENING = Pattern.compile("listening on 127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path dir;

    @Test
    void server_runsWithoutDisplayOrJavaFx_andStopsCleanlyOnSigterm() throws Exception {
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        Path classes = dir.resolve("classes.log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xlog:class+load=info:file=" + classes,
                "-cp", System.getProperty("java.class.path"),
                ParleyLauncher.class.getName(), "server", "--host", "127.0.0.1", "--port", "0", "--data", data.toString());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectErrorStream(true);
        pb.redirectOutput(log.toFile());
        Process process = pb.start();
        try {
            int port = awaitPort(log, process);
            try (ParleyClient client = new ParleyConnector().connect("ws://127.0.0.1:" + port)) {
                client.hello("process test");
                client.register("alice", "correct horse");
                long room = client.rooms().rooms().get(0).id();
                client.send(room, "kept after SIGTERM");
            }
        } finally {
            process.destroy(); // SIGTERM on Unix
        }
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exited after SIGTERM").isTrue();

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lines).as("server output").anyMatch(l -> l.contains("Parley server stopped"));
        assertThat(lines).anyMatch(l -> l.contains("database closed"));
        List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
        assertThat(loaded).as("classes loaded").hasSizeGreaterThan(1000)
                .noneMatch(l -> l.contains(" javafx.") || l.contains("com.sun.javafx") || l.contains("com.sun.glass"));
        assertThat(data.resolve("parley.mv.db")).exists();
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
}
