package dev.parley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server under test, as its own JVM: {@code java [heap] -cp <this classpath>
 * dev.parley.server.cli.ServerCommand --host 127.0.0.1 --port 0 --data DIR --config FILE}.
 * A separate process so that its CPU and memory can be measured apart from the bench's own.
 *
 * <p>Its output goes to a log file; start-up is complete at the line containing
 * {@code listening on HOST:PORT}. {@link #close()} stops it with SIGTERM and, if it has not
 * exited within ten seconds, forcibly; {@link #kill()} is SIGKILL at once (to check that every
 * acknowledged message is on disk).
 */
final class ServerProcess implements AutoCloseable {
    static final String MAIN = "dev.parley.server.cli.ServerCommand";
    private static final Pattern LISTENING = Pattern.compile("listening on [^\\s]+:(\\d+)");
    private static final Pattern STARTED_AFTER = Pattern.compile("listening on .* after (\\d+) ms");

    private final Process process;
    private final int port;
    private final Duration startWall;
    private final OptionalLong reportedStartMillis;
    private final Path log;
    /** Copies the server's output to the log; done (and the log complete) once the process exits. */
    private Thread pump;

    private ServerProcess(Process process, int port, Duration startWall, OptionalLong reportedStartMillis, Path log) {
        this.process = process;
        this.port = port;
        this.startWall = startWall;
        this.reportedStartMillis = reportedStartMillis;
        this.log = log;
    }

    /** The command line that starts the server (visible for tests). */
    static List<String> command(List<String> jvmOptions, Path dataDir, Path config) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(MAIN);
        cmd.addAll(List.of("--host", "127.0.0.1", "--port", "0", "--data", dataDir.toString(), "--config", config.toString()));
        return cmd;
    }

    static ServerProcess start(List<String> jvmOptions, Path dataDir, Path config, Path log, Duration timeout)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command(jvmOptions, dataDir, config)).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        CompletableFuture<Long> startedAfter = new CompletableFuture<>();
        Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.write(line);
                    out.write('\n');
                    if (!port.isDone()) {
                        Matcher after = STARTED_AFTER.matcher(line);
                        if (after.find()) {
                            startedAfter.complete(Long.parseLong(after.group(1)));
                        }
                        Matcher m = LISTENING.matcher(line);
                        if (m.find()) {
                            port.complete(Integer.parseInt(m.group(1)));
                            out.flush();
                        }
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            } finally {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // the log is best effort
                }
                port.completeExceptionally(new IOException("server exited before listening (exit code "
                        + (p.isAlive() ? "?" : p.exitValue()) + "); see " + log));
            }
        }, "bench-server-output");
        pump.setDaemon(true);
        pump.start();
        try {
            int bound = port.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Duration wall = Duration.ofNanos(System.nanoTime() - t0);
            Long reported = startedAfter.getNow(null);
            ServerProcess server = new ServerProcess(p, bound, wall, reported == null ? OptionalLong.empty() : OptionalLong.of(reported), log);
            server.pump = pump;
            return server;
        } catch (java.util.concurrent.ExecutionException e) {
            p.destroyForcibly();
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            p.destroyForcibly();
            throw new IOException("server did not report 'listening on' within " + timeout.toSeconds() + " s; see " + log);
        }
    }

    int port() {
        return port;
    }

    String url() {
        return "ws://127.0.0.1:" + port;
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    /** Wall time from starting the JVM to its "listening on" line (JVM start-up included). */
    Duration startWall() {
        return startWall;
    }

    /** The start-up time the server logs itself (ParleyServer.start), when it logs one. */
    OptionalLong reportedStartMillis() {
        return reportedStartMillis;
    }

    Path log() {
        return log;
    }

    /** SIGKILL, and waits for the process to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM (SIGKILL after 10 s), then waits until its output is all in the log. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                // SIGTERM through the handle: Process.destroy() would also close our end of the
                // server's output pipe at once, losing what it logs while shutting down
                process.toHandle().destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            }
            if (pump != null) {
                pump.join(5_000);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
