package dev.parley.bench;

import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.client.ParleyClient;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * The chat load behind {@code fanout} and {@code team}: clients spread over rooms (client
 * {@code i} in room {@code i mod rooms}), the first {@code senders} of them sending on an
 * open-loop {@link Schedule} at a fixed total rate, everybody else (and the senders, for the
 * others' messages) receiving pushes.
 *
 * <p>Each message carries its due time ({@code "bench m <nanoTime> <k> …"}); sender and
 * receivers share this JVM's {@link System#nanoTime()}, so a receiver measures send-to-delivery
 * latency from the moment the message was due. Messages due during the warm-up are tagged
 * {@code w} and not counted. After the window the load stops, acknowledgements and deliveries
 * drain, and each receiver's expected count (acknowledged messages of its room not its own) is
 * compared with what it got. Optionally the server is then killed with SIGKILL and every
 * acknowledged message is looked up in the database: an ok must mean stored.
 */
final class ChatLoad {
    /** How a message's text starts in a raw {@code message} push. */
    private static final String TEXT_FIELD = "\"text\":\"";
    /** Options of one run. */
    record Params(int clients, int rooms, int senders, double rate, int textSize, boolean verifyDurable,
                  double p99TargetMs, String deliveriesTarget) {
    }

    private final BenchContext ctx;
    private final Params params;
    private final Latency delivery = new Latency();
    private final Latency ack = new Latency();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder deliveredWarmup = new LongAdder();
    private final LongAdder attempted = new LongAdder();
    private final LongAdder acked = new LongAdder();
    private final AtomicLong inFlight = new AtomicLong();
    private final Map<Long, LongAdder> ackedPerRoom = new ConcurrentHashMap<>();
    private final Set<Long> ackedIds = ConcurrentHashMap.newKeySet();

    ChatLoad(BenchContext ctx, Params params) {
        this.ctx = ctx;
        this.params = params;
    }

    static List<String> roomNames(int rooms) {
        return java.util.stream.IntStream.range(0, rooms).mapToObj(i -> String.format("bench-room-%02d", i)).toList();
    }

    void run(Report report) throws Exception {
        CommonOptions o = ctx.options();
        ctx.fleet().onPush((c, push) -> {
            if (push instanceof MessagePosted mp) {
                onMessage(c, mp.message().text());
            }
        });
        // the text a bench message carries is plain ASCII, so it can be found in the raw frame
        ctx.fleet().onRawPush((c, json) -> {
            int at = json.indexOf(TEXT_FIELD + "bench ");
            if (at < 0) {
                return false;
            }
            int from = at + TEXT_FIELD.length();
            // the due time and number sit in the first 40 characters of the text
            onMessage(c, json.substring(from, Math.min(json.length(), from + 40)));
            return true;
        });
        long t0 = System.nanoTime();
        ctx.progress("opening " + params.clients() + " connections (" + ctx.accounts().size() + " accounts)");
        List<BenchClient> clients = ctx.fleet().open(params.clients(), ctx.accounts(),
                ctx.rooms(roomNames(params.rooms())), o.concurrency);
        double connectSeconds = (System.nanoTime() - t0) / 1e9;
        report.count("clients", "clients connected and in their room", clients.size());
        report.add("connect_s", "set-up: connect + log in + open room", String.format(java.util.Locale.ROOT, "%.1f s", connectSeconds), connectSeconds);
        if (clients.size() < params.clients()) {
            report.note((params.clients() - clients.size()) + " of " + params.clients() + " connections failed to open");
        }
        List<BenchClient> senders = clients.subList(0, Math.min(params.senders(), clients.size()));
        for (BenchClient c : clients) {
            ackedPerRoom.putIfAbsent(c.room, new LongAdder());
        }

        long start = System.nanoTime() + 200_000_000L;
        long measureStart = start + TimeUnit.SECONDS.toNanos(o.warmupSeconds);
        long end = measureStart + TimeUnit.SECONDS.toNanos(o.durationSeconds);
        Schedule schedule = new Schedule(start, params.rate(), senders.size());
        String padding = "x".repeat(Math.max(0, params.textSize() - 40));
        ExecutorService sendPool = Executors.newFixedThreadPool(8, Fleet.daemon("bench-send"));
        Thread pacer = new Thread(() -> pace(schedule, senders, measureStart, end, padding, sendPool), "bench-pacer");
        ctx.progress(String.format(java.util.Locale.ROOT, "sending %.0f msg/s from %d senders: %d s warm-up, %d s measured",
                params.rate(), senders.size(), o.warmupSeconds, o.durationSeconds));
        pacer.start();
        BenchContext.sleepUntil(measureStart);
        ResourceWindow window = new ResourceWindow(ctx.probe());
        if (o.jfr != null) {
            report.note(ctx.probe().startJfr(o.jfr, o.durationSeconds) ? "JFR recording of the server: " + o.jfr
                    : "JFR recording could not be started (jcmd unavailable?)");
        }
        BenchContext.sleepUntil(end);
        window.close();
        pacer.join();
        sendPool.shutdown();
        ctx.progress("load stopped; draining acknowledgements and deliveries");
        sendPool.awaitTermination(60, TimeUnit.SECONDS);
        waitFor(() -> inFlight.get() == 0, 40_000);
        long expected = expectedDeliveries(clients);
        long last = -1;
        long quietSince = System.nanoTime();
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (delivered.sum() < expected && System.nanoTime() < drainDeadline
                && System.nanoTime() - quietSince < 3_000_000_000L) {
            long now = delivered.sum();
            if (now != last) {
                last = now;
                quietSince = System.nanoTime();
            }
            Thread.sleep(100);
        }

        double seconds = o.durationSeconds;
        long lost = 0;
        Map<Long, Long> perRoomAcked = new HashMap<>();
        ackedPerRoom.forEach((room, n) -> perRoomAcked.put(room, n.sum()));
        for (BenchClient c : clients) {
            long exp = perRoomAcked.getOrDefault(c.room, 0L) - c.ackedOwn.get();
            lost += Math.max(0, exp - c.received.get());
        }
        report.rate("sent_per_s", "sent/s (acknowledged)", acked.sum() / seconds, "msg/s");
        report.add("rate_target", "send rate asked", String.format(java.util.Locale.ROOT, "%,.0f msg/s", params.rate()), params.rate());
        report.rate("delivered_per_s", "delivered/s (pushes received)", delivered.sum() / seconds, "/s");
        report.add("deliveries_target", "deliveries/s expected", params.deliveriesTarget(), null);
        report.count("attempted", "messages due in the window", attempted.sum());
        report.count("acked", "messages acknowledged", acked.sum());
        report.count("deliveries_received", "deliveries received (measured messages, acknowledged or not)", delivered.sum());
        report.count("deliveries_expected", "deliveries expected (of acknowledged messages)", expected);
        report.count("deliveries_lost", "deliveries lost (expected − received, per receiver)", lost);
        report.latency("delivery", "send→delivery", delivery.snapshot(), params.p99TargetMs(),
                "≤ " + (int) params.p99TargetMs() + " ms");
        var ackH = ack.snapshot();
        report.latency("ack", "send→ok", ackH, null, "");
        report.add("errors", "errors", ctx.errors().summary(), ctx.errors().total());
        window.addTo(report);
        report.bytes("server_heap_after_gc_bytes", "server heap used after full GC (clients still connected)",
                ctx.probe().heapUsedBytes(true).orElse(null));

        if (params.verifyDurable() && ctx.server() != null) {
            verifyDurable(report);
        }
    }

    private void pace(Schedule schedule, List<BenchClient> senders, long measureStart, long end, String padding,
                      ExecutorService pool) {
        for (long k = 0; ; k++) {
            long due = schedule.dueNanos(k);
            if (due >= end) {
                return;
            }
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            boolean measured = due >= measureStart;
            BenchClient sender = senders.get(schedule.senderOf(k));
            long seq = k;
            if (measured) {
                attempted.increment();
            }
            inFlight.incrementAndGet();
            pool.execute(() -> send(sender, seq, due, measured, padding));
        }
    }

    private void send(BenchClient sender, long k, long due, boolean measured, String padding) {
        ParleyClient client = sender.client;
        String text = "bench " + (measured ? 'm' : 'w') + ' ' + due + ' ' + k + ' ' + padding;
        client.call(id -> new SendMessage(id, sender.room, UUID.randomUUID(), text)).whenComplete((MessageInfo m, Throwable e) -> {
            try {
                if (e != null) {
                    ctx.errors().record(e);
                    return;
                }
                ackedIds.add(m.id());
                if (measured) {
                    ack.recordNanos(System.nanoTime() - due);
                    acked.increment();
                    sender.ackedOwn.incrementAndGet();
                    ackedPerRoom.get(sender.room).increment();
                }
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void onMessage(BenchClient c, String text) {
        long now = System.nanoTime();
        if (!text.startsWith("bench ") || text.length() < 9) {
            return;
        }
        if (text.charAt(6) != 'm') {
            deliveredWarmup.increment();
            return;
        }
        int endOfDue = text.indexOf(' ', 8);
        long due = Long.parseLong(text, 8, endOfDue < 0 ? text.length() : endOfDue, 10);
        delivery.recordNanos(now - due);
        c.received.incrementAndGet();
        delivered.increment();
    }

    private long expectedDeliveries(List<BenchClient> clients) {
        long expected = 0;
        for (BenchClient c : clients) {
            expected += ackedPerRoom.get(c.room).sum() - c.ackedOwn.get();
        }
        return expected;
    }

    private void verifyDurable(Report report) throws Exception {
        ctx.progress("closing clients, killing the server with SIGKILL, checking every acknowledged message is stored");
        ctx.fleet().close();
        ctx.server().kill();
        Set<Long> stored;
        try (Seeder db = new Seeder(ctx.dataDir())) {
            stored = db.messageIdsWithPrefix("bench ");
        }
        long missing = ackedIds.stream().filter(id -> !stored.contains(id)).count();
        report.count("acked_total", "acknowledged messages (warm-up included)", ackedIds.size());
        report.atMost("acked_missing_after_kill9", "acknowledged but missing after kill -9", (double) missing, "",
                0, "0 (every message durably stored)");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
