package dev.parley.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.cli.ServerCommand;
import dev.parley.server.config.ServerConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
                ServerCommand.class.getName(), "--host", "127.0.0.1", "--port", "0", "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        List<Thread> senders = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
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
            for (int i = 0; i < SENDERS; i++) {
                ParleyClient c = clients.get(i);
                String who = "s" + i;
                java.util.concurrent.Semaphore window = new java.util.concurrent.Semaphore(32);
                Thread t = new Thread(() -> {
                    int n = 0;
                    while (!stop.get() && c.isOpen()) {
                        String text = who + "-" + n++;
                        // pipelined: up to 32 sends in flight per client, each recorded only when acknowledged
                        try {
                            if (!window.tryAcquire(1, TimeUnit.SECONDS)) {
                                continue;
                            }
                        } catch (InterruptedException e) {
                            return;
                        }
                        inFlight.incrementAndGet();
                        c.call(id -> new SendMessage(id, room, UUID.randomUUID(), text))
                                .whenComplete((m, e) -> {
                                    inFlight.decrementAndGet();
                                    window.release();
                                    if (m != null) {
                                        acknowledged.add(m.text());
                                    }
                                });
                    }
                });
                t.start();
                senders.add(t);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.size() < 3_000 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        } finally {
            inFlightAtKill = inFlight.get();
            server.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            stop.set(true);
        }
        // the kill must land mid-stream, or the test would prove nothing
        assertThat(inFlightAtKill).as("sends in flight when the server was killed").isPositive();
        assertThat(server.waitFor(30, TimeUnit.SECONDS)).isTrue();
        for (Thread t : senders) {
            t.join(10_000);
        }
        Set<String> acked = Set.copyOf(acknowledged);
        assertThat(acked).hasSizeGreaterThanOrEqualTo(3_000);

        Map<String, Integer> stored = new HashMap<>();
        try (ParleyServer restarted = ParleyServer.start(ServerConfig.loopback(data))) {
            ParleyClient reader = new ParleyConnector().connect(restarted.address());
            reader.hello("reader");
            reader.login("sender0", "correct horse");
            Long before = null;
            boolean more = true;
            while (more) {
                HistoryPage page = reader.history(room, before, 100);
                for (MessageInfo m : page.messages()) {
                    stored.merge(m.text(), 1, Integer::sum);
                }
                more = page.hasMore() && !page.messages().isEmpty();
                before = page.messages().isEmpty() ? null : page.messages().get(0).id();
            }
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
}
