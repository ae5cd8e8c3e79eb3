package dev.parley.bench;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.SendMessage;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench pictures}: how long a picture takes from one client to another (issue 3,
 * spec M-10). Client A uploads a photo-like JPEG of {@code --picture-bytes} (a new one each time),
 * finishes the upload (the server checks, re-encodes and thumbnails it) and sends it in a
 * message; client B, in the room, gets the {@code message} push and fetches the thumbnail, then
 * the full picture (what a click does). Every step is timed on the bench's clock, over
 * {@code --repetitions} rounds after {@code --warmup-rounds}, one round at a time.
 *
 * <p>When the server's {@code send} does not carry attachments yet (the message comes back
 * without one), B is a second connection of A's own account instead (which gets the push too and
 * may fetch its own upload), and the thumbnail id comes from A's {@code upload_done}; the report
 * says which.
 */
@Command(name = "pictures", mixinStandardHelpOptions = true,
        description = {"Pictures: client A uploads a ~5 MB photo and sends it; client B gets the push and fetches the thumbnail.",
                "Reports upload, server processing (upload_done), send→push, push→thumbnail and the total, over --repetitions rounds.",
                "(--duration and --warmup are not used: rounds are counted, not timed.)"})
final class PicturesCommand extends ScenarioCommand {
    static final String ROOM = "bench-pictures";
    private static final long PUSH_WAIT_S = 60;

    @Option(names = "--repetitions", paramLabel = "N", defaultValue = "10", description = "Measured rounds, 1..1000 (default ${DEFAULT-VALUE}).")
    int repetitions;

    @Option(names = "--warmup-rounds", paramLabel = "N", defaultValue = "2", description = "Rounds before measuring, not counted, 0..100 (default ${DEFAULT-VALUE}).")
    int warmupRounds;

    @Option(names = "--picture-bytes", paramLabel = "BYTES", defaultValue = "5000000",
            description = "Size of each JPEG, 10000..10000000 (default ${DEFAULT-VALUE}; the server's default limit is 10 MiB).")
    int pictureBytes;

    @Option(names = "--window", paramLabel = "N", defaultValue = "8", description = "Upload pieces in flight at once, 1..64 (default ${DEFAULT-VALUE}).")
    int window;

    private final Latency upload = new Latency();
    private final Latency processing = new Latency();
    private final Latency sendToPush = new Latency();
    private final Latency pushToThumbnail = new Latency();
    private final Latency sendToThumbnail = new Latency();
    private final Latency total = new Latency();
    private final Latency fullPicture = new Latency();

    @Override
    String name() {
        return "pictures";
    }

    @Override
    String setup() {
        return String.format(Locale.ROOT, "%,d-byte JPEG from A to B, %d rounds after %d warm-up, %d upload pieces in flight",
                pictureBytes, repetitions, warmupRounds, window);
    }

    @Override
    void validate() {
        CommonOptions.range(spec, "--repetitions", repetitions, 1, 1000);
        CommonOptions.range(spec, "--warmup-rounds", warmupRounds, 0, 100);
        CommonOptions.range(spec, "--picture-bytes", pictureBytes, 10_000, 10_000_000);
        CommonOptions.range(spec, "--window", window, 1, 64);
    }

    @Override
    Plan plan() {
        return new Plan(2, List.of(ROOM), Map.of());
    }

    /** What B received: the push and when. */
    private record Arrival(MessagePosted push, long nanos) {
    }

    @Override
    void run(BenchContext ctx, Report report) throws Exception {
        long room = ctx.roomIds().get(ROOM);
        BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
        List<BenchClient> pair = ctx.fleet().open(1, ctx.accounts().subList(0, 1), new long[] {room}, 1);
        if (pair.isEmpty()) {
            throw new IllegalStateException("client A could not connect: " + ctx.errors().summary());
        }
        ParleyClient a = pair.get(0).client;
        boolean attachmentsSent = sendsAttachments(a, room);
        // B: another user when messages carry attachments, else A's own second connection
        List<BenchClient> viewer = ctx.fleet().open(1, ctx.accounts().subList(attachmentsSent ? 1 : 0, attachmentsSent ? 2 : 1),
                new long[] {room}, 1);
        if (viewer.isEmpty()) {
            throw new IllegalStateException("client B could not connect: " + ctx.errors().summary());
        }
        BenchClient b = viewer.get(0);
        ctx.fleet().onPush((client, push) -> {
            if (client == b && push instanceof MessagePosted posted) {
                arrivals.add(new Arrival(posted, System.nanoTime()));
            }
        });

        ctx.progress("sizing a " + pictureBytes + "-byte picture");
        int[] size = NoisyPicture.dimensionsFor(pictureBytes);
        ResourceWindow window = null;
        long pictureTotal = 0;
        for (int round = 0; round < warmupRounds + repetitions; round++) {
            boolean measured = round >= warmupRounds;
            if (measured && window == null) {
                window = new ResourceWindow(ctx.probe());
                if (options.jfr != null) {
                    ctx.probe().startJfr(options.jfr, 600);
                }
            }
            NoisyPicture.Jpeg jpeg = NoisyPicture.make(size[0], size[1], round);
            pictureTotal += measured ? jpeg.bytes().length : 0;
            try {
                round(ctx, a, b.client, room, jpeg, arrivals, measured, attachmentsSent);
            } catch (Exception e) {
                ctx.errors().record(e);
            }
            if (round % 5 == 4) {
                ctx.progress((round + 1) + " of " + (warmupRounds + repetitions) + " rounds");
            }
        }
        if (window != null) {
            window.close();
        }

        report.count("rounds", "rounds measured", total.snapshot().getTotalCount());
        report.add("picture", "picture sent", String.format(Locale.ROOT, "%.1f MB JPEG, %d × %d (%.1f MP)",
                pictureTotal / 1e6 / repetitions, size[0], size[1], size[0] * (double) size[1] / 1e6), pictureTotal / repetitions);
        report.latency("upload", "A: upload (upload + pieces)", upload.snapshot(), null, "");
        report.latency("processing", "A: upload_done (server checks, re-encodes, thumbnails, stores)", processing.snapshot(), null, "");
        report.latency("send_push", "send → push at B", sendToPush.snapshot(), null, "");
        report.latency("push_thumbnail", "push → thumbnail fetched at B", pushToThumbnail.snapshot(), null, "");
        report.latency("send_thumbnail", "send → thumbnail at B", sendToThumbnail.snapshot(), null, "");
        report.latency("total", "upload start → thumbnail at B (the user's wait)", total.snapshot(), null, "");
        report.latency("full_picture", "B: full picture fetched (a click)", fullPicture.snapshot(), null, "");
        report.add("errors", "errors", ctx.errors().summary(), ctx.errors().total());
        if (window != null) {
            window.addTo(report);
        }
        report.bytes("server_heap_after_gc_bytes", "server heap used after full GC", ctx.probe().heapUsedBytes(true).orElse(null));
        report.note(attachmentsSent ? "B is another user; the thumbnail id came with the message push"
                : "this server's send does not carry attachments yet: B is a second connection of A's account "
                + "(it gets the push and may fetch its own upload) and takes the thumbnail id from A's upload_done");
    }

    private void round(BenchContext ctx, ParleyClient a, ParleyClient b, long room, NoisyPicture.Jpeg jpeg,
                       BlockingQueue<Arrival> arrivals, boolean measured, boolean attachmentsSent) throws Exception {
        arrivals.clear();
        long t0 = System.nanoTime();
        String id = BlobTransfer.send(a, "photo.jpg", Attachment.PICTURE, jpeg.bytes(), window);
        long t1 = System.nanoTime();
        Attachment attachment = BlobTransfer.finish(a, id, jpeg.bytes());
        long t2 = System.nanoTime();
        String text = "bench picture " + UUID.randomUUID();
        a.call(r -> new SendMessage(r, room, UUID.randomUUID(), text, null, null, attachment.id()))
                .get(PUSH_WAIT_S, TimeUnit.SECONDS);
        Arrival arrival;
        do {
            arrival = arrivals.poll(PUSH_WAIT_S, TimeUnit.SECONDS);
            if (arrival == null) {
                throw new IllegalStateException("B got no push within " + PUSH_WAIT_S + " s");
            }
        } while (!text.equals(arrival.push().message().text()));
        MessageInfo message = arrival.push().message();
        String thumbnail = attachmentsSent && message.attachment() != null ? message.attachment().thumbnail() : attachment.thumbnail();
        BlobTransfer.fetch(b, thumbnail);
        long t3 = System.nanoTime();
        BlobTransfer.fetch(b, attachmentsSent && message.attachment() != null ? message.attachment().id() : attachment.id());
        long t4 = System.nanoTime();
        if (measured) {
            upload.recordNanos(t1 - t0);
            processing.recordNanos(t2 - t1);
            sendToPush.recordNanos(arrival.nanos() - t2);
            pushToThumbnail.recordNanos(t3 - arrival.nanos());
            sendToThumbnail.recordNanos(t3 - t2);
            total.recordNanos(t3 - t0);
            fullPicture.recordNanos(t4 - t3);
        }
    }

    /** Whether {@code send} stores attachments: a tiny picture is sent and the stored message read back. */
    private static boolean sendsAttachments(ParleyClient a, long room) throws Exception {
        byte[] tiny = NoisyPicture.make(16, 12, 7).bytes();
        Attachment probe = BlobTransfer.finish(a, BlobTransfer.send(a, "probe.jpg", Attachment.PICTURE, tiny, 1), tiny);
        MessageInfo sent = a.call(r -> new SendMessage(r, room, UUID.randomUUID(), "bench probe", null, null, probe.id()))
                .get(PUSH_WAIT_S, TimeUnit.SECONDS);
        return sent.attachment() != null;
    }
}
