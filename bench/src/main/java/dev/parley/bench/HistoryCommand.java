package dev.parley.bench;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.model.HistoryPage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code parley bench history}: paging cost at depth. Seeds a room with {@code --messages}
 * messages and a small room with {@code --small-messages}, then {@code --clients} clients each
 * loop (closed loop, one request in flight per client) over four kinds of page request: the
 * next page back from newest to oldest and a page at a random depth, in each room. Latency is
 * the request's round trip seen by the client, so it includes loopback and JSON on both sides:
 * an upper bound of the server-side time the target speaks of.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = {"History: a room pre-filled with --messages messages; clients page from newest to oldest and at random depths,",
                "and do the same in a room of --small-messages messages for comparison.",
                "Target (issue 6): a page of 50 at any depth p99 ≤ 5 ms server-side, within ±50 % of the small room's."})
final class HistoryCommand extends ScenarioCommand {
    static final String DEEP = "bench-history-deep";
    static final String SMALL = "bench-history-small";

    @Option(names = "--messages", paramLabel = "N", defaultValue = "1000000", description = "Messages in the big room (default ${DEFAULT-VALUE}).")
    long messages;

    @Option(names = "--small-messages", paramLabel = "N", defaultValue = "1000", description = "Messages in the comparison room (default ${DEFAULT-VALUE}).")
    long smallMessages;

    @Option(names = "--page", paramLabel = "N", defaultValue = "50", description = "Messages per page, 1..100 (default ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "4", description = "Clients paging at the same time, one request in flight each (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--users", paramLabel = "N", defaultValue = "10", description = "Accounts (authors of the seeded messages and the paging clients) (default ${DEFAULT-VALUE}).")
    int users;

    @Override
    String name() {
        return "history";
    }

    @Override
    String setup() {
        return String.format(Locale.ROOT, "page of %d in a %,d-message room vs a %,d-message room, %d clients (closed loop), %d s measured after %d s warm-up",
                page, messages, smallMessages, clients, options.durationSeconds, options.warmupSeconds);
    }

    @Override
    void validate() {
        CommonOptions.range(spec, "--messages", messages, 1, 100_000_000);
        CommonOptions.range(spec, "--small-messages", smallMessages, 1, 100_000_000);
        CommonOptions.range(spec, "--page", page, 1, 100);
        CommonOptions.range(spec, "--clients", clients, 1, 1000);
        CommonOptions.range(spec, "--users", users, 1, 10_000);
        if (!options.ownServer()) {
            throw new ParameterException(spec.commandLine(),
                    "--url: history seeds its rooms straight into the database, so it needs a server it starts itself");
        }
    }

    @Override
    Plan plan() {
        Map<String, Long> seed = new LinkedHashMap<>();
        seed.put(DEEP, messages);
        seed.put(SMALL, smallMessages);
        return new Plan(users, List.of(DEEP, SMALL), seed);
    }

    /** One kind of request: which room, sequential or random depth; with its own histogram. */
    private static final class Kind {
        final String label;
        final String key;
        final Seeder.RoomFill fill;
        final boolean random;
        final Latency latency = new Latency();

        Kind(String key, String label, Seeder.RoomFill fill, boolean random) {
            this.key = key;
            this.label = label;
            this.fill = fill;
            this.random = random;
        }
    }

    @Override
    void run(BenchContext ctx, Report report) throws Exception {
        Seeder.RoomFill deep = ctx.fills().get(DEEP);
        Seeder.RoomFill small = ctx.fills().get(SMALL);
        report.count("deep_room_messages", "messages in the big room", deep.count());
        List<Kind> kinds = List.of(
                new Kind("deep_seq", "big room, newest→oldest", deep, false),
                new Kind("deep_random", "big room, random depth", deep, true),
                new Kind("small_seq", "small room, newest→oldest", small, false),
                new Kind("small_random", "small room, random depth", small, true));
        List<BenchClient> opened = ctx.fleet().open(clients, ctx.accounts(), new long[0], options.concurrency);
        long measureStart = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.warmupSeconds);
        long end = measureStart + TimeUnit.SECONDS.toNanos(options.durationSeconds);
        List<Thread> threads = new ArrayList<>();
        for (BenchClient c : opened) {
            Thread t = new Thread(() -> page(ctx, c.client, kinds, measureStart, end), "bench-history-" + c.index);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        ctx.progress("paging with " + opened.size() + " clients");
        BenchContext.sleepUntil(measureStart);
        ResourceWindow window = new ResourceWindow(ctx.probe());
        if (options.jfr != null) {
            ctx.probe().startJfr(options.jfr, options.durationSeconds);
        }
        for (Thread t : threads) {
            t.join();
        }
        window.close();

        long pages = 0;
        Histogram deepAll = new Histogram(3);
        Histogram smallAll = new Histogram(3);
        for (Kind k : kinds) {
            Histogram h = k.latency.snapshot();
            pages += h.getTotalCount();
            (k.fill == deep ? deepAll : smallAll).add(h);
        }
        report.rate("pages_per_s", "pages/s (all kinds)", pages / (double) options.durationSeconds, "pages/s");
        for (Kind k : kinds) {
            Histogram h = k.latency.snapshot();
            report.count(k.key + "_pages", k.label + ": pages", h.getTotalCount());
            report.latency(k.key, k.label, h, k.fill == deep ? 5.0 : null, k.fill == deep ? "≤ 5 ms" : "");
        }
        if (deepAll.getTotalCount() > 0 && smallAll.getTotalCount() > 0) {
            double p50 = deepAll.getValueAtPercentile(50) / (double) smallAll.getValueAtPercentile(50);
            double p99 = deepAll.getValueAtPercentile(99) / (double) Math.max(1, smallAll.getValueAtPercentile(99));
            report.add("p50_ratio", "big/small room p50", String.format(Locale.ROOT, "%.2f", p50), p50);
            report.atMost("p99_deviation", "big vs small room p99 (|ratio − 1|)", Math.abs(p99 - 1), "", 0.5,
                    "≤ 0.50 (±50 %)");
        }
        report.add("errors", "errors", ctx.errors().summary(), ctx.errors().total());
        window.addTo(report);
        report.bytes("server_heap_after_gc_bytes", "server heap used after full GC", ctx.probe().heapUsedBytes(true).orElse(null));
        report.note("latency is the client's round trip over loopback (request encode, server, reply decode): "
                + "an upper bound of the server-side time the target names");
    }

    private void page(BenchContext ctx, ParleyClient client, List<Kind> kinds, long measureStart, long end) {
        Map<Kind, Long> cursor = new LinkedHashMap<>();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int turn = random.nextInt(kinds.size());
        while (System.nanoTime() < end) {
            Kind k = kinds.get(turn++ % kinds.size());
            Long before = k.random ? Long.valueOf(k.fill.minId() + 1 + random.nextLong(k.fill.maxId() - k.fill.minId() + 1))
                    : cursor.get(k);
            long t0 = System.nanoTime();
            try {
                HistoryPage p = client.call(id -> new FetchHistory(id, k.fill.roomId(), before, page))
                        .get(30, TimeUnit.SECONDS);
                long t1 = System.nanoTime();
                if (t0 >= measureStart && t1 <= end) {
                    k.latency.recordNanos(t1 - t0);
                }
                if (!k.random) {
                    cursor.put(k, p.hasMore() && !p.messages().isEmpty() ? p.messages().get(0).id() : null);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                ctx.errors().record(e);
                if (!client.isOpen()) {
                    return;
                }
            }
        }
    }
}
