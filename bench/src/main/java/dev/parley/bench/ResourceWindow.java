package dev.parley.bench;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server (and bench) resource use over a measured window: CPU time deltas turned into "% of
 * one core" and "% of the machine", and the largest server RSS seen, sampled once a second.
 */
final class ResourceWindow implements AutoCloseable {
    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private final ServerProbe probe;
    private final long wall0 = System.nanoTime();
    private final Optional<Duration> serverCpu0;
    private final Optional<Duration> benchCpu0;
    private final AtomicLong maxRss = new AtomicLong(-1);
    private final Thread sampler;
    private long wall1;
    private Optional<Duration> serverCpu1 = Optional.empty();
    private Optional<Duration> benchCpu1 = Optional.empty();

    ResourceWindow(ServerProbe probe) {
        this.probe = probe;
        this.serverCpu0 = probe.cpu();
        this.benchCpu0 = ProcessHandle.current().info().totalCpuDuration();
        this.sampler = new Thread(this::sample, "bench-rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    private void sample() {
        while (!Thread.currentThread().isInterrupted()) {
            probe.rssBytes().ifPresent(r -> maxRss.accumulateAndGet(r, Math::max));
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Ends the window (idempotent). */
    @Override
    public void close() {
        if (wall1 != 0) {
            return;
        }
        wall1 = System.nanoTime();
        serverCpu1 = probe.cpu();
        benchCpu1 = ProcessHandle.current().info().totalCpuDuration();
        probe.rssBytes().ifPresent(r -> maxRss.accumulateAndGet(r, Math::max));
        sampler.interrupt();
    }

    /** CPU used over the window as a fraction of one core (1.0 = one core busy all the time). */
    static Optional<Double> coreShare(Optional<Duration> before, Optional<Duration> after, long wallNanos) {
        if (before.isEmpty() || after.isEmpty() || wallNanos <= 0) {
            return Optional.empty();
        }
        return Optional.of((after.get().toNanos() - before.get().toNanos()) / (double) wallNanos);
    }

    static String cpuText(Optional<Double> coreShare) {
        return coreShare.map(s -> String.format(Locale.ROOT, "%.0f %% of a core (%.0f %% of %d cores)",
                s * 100, s * 100 / CORES, CORES)).orElse(Report.NA);
    }

    void addTo(Report report) {
        close();
        Optional<Double> server = coreShare(serverCpu0, serverCpu1, wall1 - wall0);
        Optional<Double> bench = coreShare(benchCpu0, benchCpu1, wall1 - wall0);
        report.add("server_cpu_core_pct", "server CPU", cpuText(server), server.map(s -> Math.round(s * 1000) / 10.0).orElse(null));
        report.add("bench_cpu_core_pct", "bench CPU (this JVM)", cpuText(bench), bench.map(s -> Math.round(s * 1000) / 10.0).orElse(null));
        long rss = maxRss.get();
        report.bytes("server_rss_max_bytes", "server RSS (max)", rss < 0 ? null : rss);
    }
}
