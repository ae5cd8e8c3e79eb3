package dev.parley.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench idle}: what a connection costs the server at rest. Measures the server's
 * heap after a full GC and its RSS before and after opening {@code --connections} logged-in
 * connections (each subscribed to one room unless {@code --no-room}), reports the totals and
 * the cost per connection, then holds them idle for {@code --duration} seconds and reports the
 * CPU that costs and how many are still open at the end.
 */
@Command(name = "idle", mixinStandardHelpOptions = true,
        description = {"Idle: --connections idle logged-in connections; server heap after full GC and heap/RSS per connection.",
                "Target (issue 6): 10,000 connections with ≤ 1 GiB of server heap."})
final class IdleCommand extends ScenarioCommand {
    static final String ROOM = "bench-lobby";
    private static final long GIB = 1024L * 1024 * 1024;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "10000", description = "Idle connections (default ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--users", paramLabel = "N", defaultValue = "100",
            description = "Accounts; each logs in once, its other connections resume the token (default ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--no-room", negatable = false, description = "Do not open a room on each connection (logged in only).")
    boolean noRoom;

    @Override
    String name() {
        return "idle";
    }

    @Override
    String setup() {
        return String.format(Locale.ROOT, "%,d idle connections (%d accounts)%s, held %d s", connections,
                Math.min(users, connections), noRoom ? "" : ", each in one room", options.durationSeconds);
    }

    @Override
    void validate() {
        CommonOptions.range(spec, "--connections", connections, 1, 1_000_000);
        CommonOptions.range(spec, "--users", users, 1, 100_000);
    }

    @Override
    Plan plan() {
        return new Plan(Math.min(users, connections), List.of(ROOM), Map.of());
    }

    @Override
    void run(BenchContext ctx, Report report) throws Exception {
        ServerProbe probe = ctx.probe();
        Optional<Long> heap0 = probe.heapUsedBytes(true);
        Optional<Long> rss0 = probe.rssBytes();
        long t0 = System.nanoTime();
        ctx.progress("opening " + connections + " connections");
        List<BenchClient> open = ctx.fleet().open(connections, ctx.accounts(),
                noRoom ? new long[0] : ctx.rooms(List.of(ROOM)), options.concurrency);
        double connectSeconds = (System.nanoTime() - t0) / 1e9;
        report.count("connections", "connections open and logged in", open.size());
        report.add("connect_s", "set-up: open + log in" + (noRoom ? "" : " + open room"),
                String.format(Locale.ROOT, "%.1f s (%.0f /s)", connectSeconds, open.size() / connectSeconds), connectSeconds);
        Thread.sleep(2000);
        ResourceWindow window = new ResourceWindow(probe);
        if (options.jfr != null) {
            probe.startJfr(options.jfr, options.durationSeconds);
        }
        ctx.progress("holding " + open.size() + " connections idle for " + options.durationSeconds + " s");
        Thread.sleep(TimeUnit.SECONDS.toMillis(options.durationSeconds));
        window.close();
        int stillOpen = ctx.fleet().openCount();
        Optional<Long> heap1 = probe.heapUsedBytes(true);
        Optional<Long> rss1 = probe.rssBytes();

        report.count("still_open", "connections still open after the idle period", stillOpen);
        report.bytes("server_heap_before_bytes", "server heap after full GC, before connecting", heap0.orElse(null));
        if (heap1.isPresent()) {
            report.atMost("server_heap_after_gc_mib", "server heap after full GC, connected", heap1.get() / (1024.0 * 1024),
                    "MiB", 1024, "≤ 1024 MiB at 10,000 connections");
        } else {
            report.add("server_heap_after_gc_mib", "server heap after full GC, connected", Report.NA, null);
        }
        report.add("heap_per_connection_kib", "server heap per connection", perConnection(heap0, heap1, open.size()),
                perConnectionKib(heap0, heap1, open.size()));
        report.bytes("server_rss_before_bytes", "server RSS before connecting", rss0.orElse(null));
        report.bytes("server_rss_after_bytes", "server RSS, connected", rss1.orElse(null));
        report.add("rss_per_connection_kib", "server RSS per connection", perConnection(rss0, rss1, open.size()),
                perConnectionKib(rss0, rss1, open.size()));
        report.add("errors", "errors", ctx.errors().summary(), ctx.errors().total());
        window.addTo(report);
    }

    static Double perConnectionKib(Optional<Long> before, Optional<Long> after, int connections) {
        if (before.isEmpty() || after.isEmpty() || connections == 0) {
            return null;
        }
        return Math.round((after.get() - before.get()) / 1024.0 / connections * 10) / 10.0;
    }

    static String perConnection(Optional<Long> before, Optional<Long> after, int connections) {
        Double kib = perConnectionKib(before, after, connections);
        return kib == null ? Report.NA : String.format(Locale.ROOT, "%.1f KiB", kib);
    }
}
