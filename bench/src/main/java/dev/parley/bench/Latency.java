package dev.parley.bench;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A latency distribution recorded from many threads at once (HdrHistogram {@link Recorder},
 * wait-free for writers), in microseconds, three significant digits, up to an hour.
 */
final class Latency {
    private static final long MAX_MICROS = TimeUnit.HOURS.toMicros(1);
    private final Recorder recorder = new Recorder(MAX_MICROS, 3);
    private final Histogram total = new Histogram(MAX_MICROS, 3);

    /** Records one latency given in nanoseconds (clamped to 0..1 h). */
    void recordNanos(long nanos) {
        long micros = Math.max(0, Math.min(MAX_MICROS, nanos / 1000));
        recorder.recordValue(micros);
    }

    /** Everything recorded so far (folds the recorder's interval into the total). */
    synchronized Histogram snapshot() {
        total.add(recorder.getIntervalHistogram());
        return total.copy();
    }

    /** Milliseconds with two decimals, from microseconds. */
    static String ms(long micros) {
        return String.format(java.util.Locale.ROOT, "%.2f", micros / 1000.0);
    }
}
