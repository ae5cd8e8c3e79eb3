package dev.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench reconnect}: a reconnect storm. {@code --clients} connections sit in
 * their rooms; all are dropped at once (closed from the client side) and immediately reconnect
 * together, each doing what the desktop client does after a drop: connect, hello,
 * {@code resume} with its session token, reopen its room. A failed attempt is retried with
 * jittered exponential backoff, like the client, until a deadline. Repeated for
 * {@code --rounds}; reports the time until every client was back, per-client reconnect time,
 * failed attempts and those that never made it.
 */
@Command(name = "reconnect", mixinStandardHelpOptions = true,
        description = {"Reconnect: --clients clients dropped and reconnected at once (resume with token, reopen room), --rounds times.",
                "--duration does not apply: each round lasts until every client is back or --deadline passes."})
final class ReconnectCommand extends ScenarioCommand {
    @Option(names = "--clients", paramLabel = "N", defaultValue = "1000", description = "Clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--users", paramLabel = "N", defaultValue = "100", description = "Accounts (default ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--rooms", paramLabel = "N", defaultValue = "10", description = "Rooms the clients sit in (default ${DEFAULT-VALUE}).")
    int rooms;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Drop-and-reconnect rounds, 1..20 (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--storm", paramLabel = "N", defaultValue = "0",
            description = "Reconnects in flight at once; 0 = all clients at once (default ${DEFAULT-VALUE}).")
    int storm;

    @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "60", description = "Give up on a round after this long (default ${DEFAULT-VALUE}).")
    int deadlineSeconds;

    @Override
    String name() {
        return "reconnect";
    }

    @Override
    String setup() {
        return String.format(Locale.ROOT, "%,d clients (%d accounts) in %d rooms, all dropped and reconnected at once, %d rounds",
                clients, Math.min(users, clients), rooms, rounds);
    }

    @Override
    void validate() {
        CommonOptions.range(spec, "--clients", clients, 1, 100_000);
        CommonOptions.range(spec, "--users", users, 1, 100_000);
        CommonOptions.range(spec, "--rooms", rooms, 1, clients);
        CommonOptions.range(spec, "--rounds", rounds, 1, 20);
        CommonOptions.range(spec, "--storm", storm, 0, 100_000);
        CommonOptions.range(spec, "--deadline", deadlineSeconds, 1, 3600);
    }

    @Override
    Plan plan() {
        return new Plan(Math.min(users, clients), ChatLoad.roomNames(rooms), Map.of());
    }

    @Override
    void run(BenchContext ctx, Report report) throws Exception {
        ctx.progress("opening " + clients + " connections");
        List<BenchClient> open = ctx.fleet().open(clients, ctx.accounts(), ctx.rooms(ChatLoad.roomNames(rooms)), options.concurrency);
        report.count("clients", "clients connected before the first drop", open.size());
        Latency perClient = new Latency();
        LongAdder failedAttempts = new LongAdder();
        long notBack = 0;
        List<Double> allBack = new ArrayList<>();
        ResourceWindow window = new ResourceWindow(ctx.probe());
        if (options.jfr != null) {
            ctx.probe().startJfr(options.jfr, 60);
        }
        for (int round = 1; round <= rounds; round++) {
            ctx.fleet().drop(open, 200);
            long t0 = System.nanoTime();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(deadlineSeconds);
            int parallel = storm == 0 ? open.size() : Math.min(storm, open.size());
            AtomicInteger next = new AtomicInteger();
            AtomicInteger back = new AtomicInteger();
            CountDownLatch finished = new CountDownLatch(parallel);
            long[] lastBack = new long[1];
            for (int w = 0; w < parallel; w++) {
                Thread t = new Thread(() -> {
                    try {
                        int i;
                        while ((i = next.getAndIncrement()) < open.size()) {
                            if (reconnect(ctx, open.get(i), deadline, failedAttempts)) {
                                perClient.recordNanos(System.nanoTime() - t0);
                                back.incrementAndGet();
                                synchronized (lastBack) {
                                    lastBack[0] = Math.max(lastBack[0], System.nanoTime());
                                }
                            }
                        }
                    } finally {
                        finished.countDown();
                    }
                }, "bench-reconnect-" + w);
                t.setDaemon(true);
                t.start();
            }
            finished.await();
            double seconds = ((back.get() == open.size() ? lastBack[0] : System.nanoTime()) - t0) / 1e9;
            allBack.add(seconds);
            notBack += open.size() - back.get();
            ctx.progress(String.format(Locale.ROOT, "round %d: %d of %d back in %.2f s", round, back.get(), open.size(), seconds));
            Thread.sleep(1000);
        }
        window.close();
        for (int r = 0; r < allBack.size(); r++) {
            report.add("round" + (r + 1) + "_all_back_s", "round " + (r + 1) + ": time until all back and logged in",
                    String.format(Locale.ROOT, "%.2f s", allBack.get(r)), allBack.get(r));
        }
        Histogram h = perClient.snapshot();
        report.latency("reconnect", "per-client reconnect (drop → resumed + room open)", h, null, "");
        report.count("failed_attempts", "failed attempts (retried)", failedAttempts.sum());
        report.count("not_back", "clients not back by the deadline (all rounds)", notBack);
        report.add("errors", "errors", ctx.errors().summary(), ctx.errors().total());
        window.addTo(report);
        report.bytes("server_heap_after_gc_bytes", "server heap used after full GC", ctx.probe().heapUsedBytes(true).orElse(null));
    }

    /** One client's way back: attempts with jittered exponential backoff until success or the deadline. */
    private static boolean reconnect(BenchContext ctx, BenchClient c, long deadline, LongAdder failedAttempts) {
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            try {
                ctx.fleet().connect(c, false);
                return true;
            } catch (Exception e) {
                ctx.errors().record(e);
                failedAttempts.increment();
                long backoff = Math.min(5000, 100L << Math.min(attempt, 6));
                try {
                    Thread.sleep(backoff / 2 + ThreadLocalRandom.current().nextLong(backoff / 2 + 1));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }
}
