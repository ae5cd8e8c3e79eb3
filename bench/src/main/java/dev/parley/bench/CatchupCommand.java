package dev.parley.bench;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.FetchHistory;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench catchup}: how long a client takes to catch up after missing many messages
 * (spec UX-4). A reader sits in a room; it drops (closed from the client side); a writer sends
 * {@code --missed} messages to the room, each acknowledged; the reader reconnects as the desktop
 * client does (connect, hello, {@code resume} with its token, {@code open} its room) and then asks
 * {@code history after} the last message it had, {@code --page} messages a page, until
 * {@code hasNewer} is false. Measured from the start of the reconnect to having every missed
 * message; each round checks that none is missing, duplicated or out of order. Repeated for
 * {@code --rounds}.
 */
@Command(name = "catchup", mixinStandardHelpOptions = true,
        description = {"Catch-up: a client misses --missed messages, reconnects (resume) and pages through them with",
                "history after (--page a page) until hasNewer is false; time from reconnect to having all, --rounds times.",
                "--duration does not apply."})
final class CatchupCommand extends ScenarioCommand {
    static final String ROOM = "bench-catchup";

    @Option(names = "--missed", paramLabel = "N", defaultValue = "1000", description = "Messages sent while the reader is away (default ${DEFAULT-VALUE}).")
    int missed;

    @Option(names = "--page", paramLabel = "N", defaultValue = "100", description = "Messages per history page, 1..100 (default ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "5", description = "Drop, miss and catch-up rounds, 1..100 (default ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    String name() {
        return "catchup";
    }

    @Override
    String setup() {
        return String.format(Locale.ROOT, "%,d messages missed, caught up with history after (pages of %d), %d rounds",
                missed, page, rounds);
    }

    @Override
    void validate() {
        CommonOptions.range(spec, "--missed", missed, 1, 1_000_000);
        CommonOptions.range(spec, "--page", page, 1, 100);
        CommonOptions.range(spec, "--rounds", rounds, 1, 100);
    }

    @Override
    Plan plan() {
        return new Plan(2, List.of(ROOM), Map.of());
    }

    @Override
    void run(BenchContext ctx, Report report) throws Exception {
        long room = ctx.rooms(List.of(ROOM))[0];
        List<BenchClient> open = ctx.fleet().open(2, ctx.accounts(), new long[] {room}, 2);
        if (open.size() < 2) {
            throw new IllegalStateException("could not open the reader and the writer: " + ctx.errors().summary());
        }
        BenchClient reader = open.get(0);
        BenchClient writer = open.get(1);
        // the reader has seen something before it goes away (history after needs a message id)
        writer.client.send(room, "before the first drop");
        Latency total = new Latency();
        Latency resume = new Latency();
        long wrong = 0;
        int pagesPerRound = 0;
        ResourceWindow window = new ResourceWindow(ctx.probe());
        for (int round = 1; round <= rounds; round++) {
            long last = newest(reader.client, room);
            ctx.fleet().drop(List.of(reader), 1);
            List<Long> sent = send(writer.client, room, missed, round);

            long t0 = System.nanoTime();
            ctx.fleet().connect(reader, false);
            long resumed = System.nanoTime();
            List<Long> caught = new ArrayList<>(missed);
            int pages = 0;
            long after = last;
            while (true) {
                long from = after;
                HistoryPage p = reader.client.await(id -> new FetchHistory(id, room, null, from, null, page));
                pages++;
                p.messages().forEach(m -> caught.add(m.id()));
                if (!p.newerExist() || p.messages().isEmpty()) {
                    break;
                }
                after = p.messages().get(p.messages().size() - 1).id();
            }
            long done = System.nanoTime();
            total.recordNanos(done - t0);
            resume.recordNanos(resumed - t0);
            pagesPerRound = pages;
            boolean exact = caught.equals(sent);
            if (!exact) {
                wrong++;
                Set<Long> got = new HashSet<>(caught);
                long missing = sent.stream().filter(id -> !got.contains(id)).count();
                ctx.progress(String.format(Locale.ROOT, "round %d: WRONG: %d caught for %d sent, %d missing, %d duplicates",
                        round, caught.size(), sent.size(), missing, caught.size() - got.size()));
            }
            ctx.progress(String.format(Locale.ROOT, "round %d: %,d messages caught up in %.1f ms (%d pages; resume + open %.1f ms)%s",
                    round, caught.size(), (done - t0) / 1e6, pages, (resumed - t0) / 1e6, exact ? "" : " — WRONG"));
        }
        window.close();
        Histogram h = total.snapshot();
        report.count("missed", "messages missed per round", missed);
        report.count("pages", "history pages per catch-up", pagesPerRound);
        report.latency("catchup", "reconnect → all " + missed + " messages (resume, open, history after)", h, null, "");
        report.latency("resume", "of which reconnect, hello, resume and open", resume.snapshot(), null, "");
        report.count("wrong_rounds", "rounds with a message missing, duplicated or out of order", wrong);
        report.add("errors", "errors", ctx.errors().summary(), ctx.errors().total());
        window.addTo(report);
    }

    /** The newest message id the client has of the room (from a page of one). */
    private static long newest(ParleyClient client, long room) {
        List<MessageInfo> messages = client.history(room, null, 1).messages();
        return messages.get(messages.size() - 1).id();
    }

    /** Sends {@code count} messages, up to 200 waiting at a time; returns their ids in id order. */
    private static List<Long> send(ParleyClient client, long room, int count, int round) {
        List<Long> ids = new ArrayList<>(count);
        for (int start = 0; start < count; start += 200) {
            List<CompletableFuture<MessageInfo>> batch = new ArrayList<>();
            for (int i = start; i < Math.min(count, start + 200); i++) {
                String text = String.format(Locale.ROOT, "catch-up round %d message %d %s", round, i, "x".repeat(60));
                batch.add(client.call(id -> new SendMessage(id, room, UUID.randomUUID(), text)));
            }
            batch.forEach(f -> ids.add(f.join().id()));
        }
        ids.sort(null);
        return ids;
    }
}
