package dev.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a server process's resource use from outside: CPU time from
 * {@link ProcessHandle.Info#totalCpuDuration()}, resident memory from {@code /proc/PID/status}
 * ({@code VmRSS}), Java heap in use from {@code jcmd PID GC.heap_info} (after {@code GC.run}
 * when a full collection must come first), and JFR recordings through {@code jcmd}.
 *
 * <p>Every source may be missing (no server process when {@code --url} is given without
 * {@code --server-pid}, no {@code /proc} off Linux, no {@code jcmd} in a JRE, attach refused):
 * each reading is then empty and the report prints "n/a". Nothing here throws.
 */
final class ServerProbe {
    private static final Logger LOG = LoggerFactory.getLogger(ServerProbe.class);
    private static final Pattern RSS = Pattern.compile("^VmRSS:\\s+(\\d+)\\s+kB", Pattern.MULTILINE);
    /** A heap region line of GC.heap_info, e.g. " garbage-first heap   total 262144K, used 12345K [...". */
    private static final Pattern HEAP_LINE = Pattern.compile("^\\s*(.+?)\\s+total (\\d+)K, used (\\d+)K", Pattern.MULTILINE);

    private final ProcessHandle process;

    /** @param process the server process, or null when it is not known */
    ServerProbe(ProcessHandle process) {
        this.process = process;
    }

    static ServerProbe none() {
        return new ServerProbe(null);
    }

    boolean available() {
        return process != null && process.isAlive();
    }

    Optional<Long> pid() {
        return process == null ? Optional.empty() : Optional.of(process.pid());
    }

    /** Total CPU time the process has used so far. */
    Optional<Duration> cpu() {
        return process == null ? Optional.empty() : process.info().totalCpuDuration();
    }

    /** Resident set size in bytes. */
    Optional<Long> rssBytes() {
        if (process == null) {
            return Optional.empty();
        }
        try {
            String status = Files.readString(Path.of("/proc", Long.toString(process.pid()), "status"));
            return parseRss(status);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<Long> parseRss(String procStatus) {
        Matcher m = RSS.matcher(procStatus);
        return m.find() ? Optional.of(Long.parseLong(m.group(1)) * 1024) : Optional.empty();
    }

    /** Heap in use in bytes; with {@code fullGcFirst}, after a {@code GC.run} (a full collection). */
    Optional<Long> heapUsedBytes(boolean fullGcFirst) {
        if (process == null) {
            return Optional.empty();
        }
        if (fullGcFirst) {
            jcmd("GC.run");
        }
        return jcmd("GC.heap_info").flatMap(ServerProbe::parseHeapUsed);
    }

    /**
     * Sums the "used" of the top-level heap lines of {@code GC.heap_info} (one line for G1, young
     * and old generation for the serial and parallel collectors), leaving out Metaspace.
     */
    static Optional<Long> parseHeapUsed(String heapInfo) {
        Matcher m = HEAP_LINE.matcher(heapInfo);
        long used = 0;
        boolean found = false;
        while (m.find()) {
            String region = m.group(1).trim();
            if (region.startsWith("Metaspace") || region.startsWith("class space")) {
                continue;
            }
            used += Long.parseLong(m.group(3)) * 1024;
            found = true;
        }
        return found ? Optional.of(used) : Optional.empty();
    }

    /** Starts a JFR recording of {@code seconds} into {@code file}; false when jcmd refused. */
    boolean startJfr(Path file, long seconds) {
        if (process == null) {
            return false;
        }
        return jcmd("JFR.start", "name=parley-bench", "settings=profile", "duration=" + seconds + "s",
                "filename=" + file.toAbsolutePath()).isPresent();
    }

    /** Runs {@code jcmd PID args…}; the output, or empty when it could not run or failed. */
    Optional<String> jcmd(String... args) {
        List<String> command = new ArrayList<>();
        command.add(jcmdPath());
        command.add(Long.toString(process.pid()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                LOG.debug("jcmd {} failed ({}): {}", args[0], p.exitValue(), text);
                return Optional.empty();
            }
            return Optional.of(text);
        } catch (IOException e) {
            LOG.debug("jcmd unavailable", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String jcmdPath() {
        Path beside = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(beside) ? beside.toString() : "jcmd";
    }
}
