package dev.parley.server.transport;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * How long the server takes to answer each request type, measured on its own clock from the
 * frame's arrival to the reply being queued (for {@code send} that includes waiting for the
 * group commit). One lock-free HdrHistogram per type, in microseconds; a summary line per type
 * is logged at shutdown, and {@code parley bench} reads those lines.
 */
public final class RequestMetrics {
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(10);
    private final Map<String, Histogram> byType = new ConcurrentHashMap<>();

    void record(String type, long nanos) {
        long micros = Math.min(Math.max(1, nanos / 1_000), MAX_MICROS);
        byType.computeIfAbsent(type, t -> new ConcurrentHistogram(MAX_MICROS, 3)).recordValue(micros);
    }

    /**
     * One line per request type: {@code request=history count=… p50_us=… p99_us=… p999_us=… max_us=…}.
     */
    public Map<String, String> summary() {
        Map<String, String> lines = new TreeMap<>();
        byType.forEach((type, h) -> {
            Histogram copy = h.copy();
            lines.put(type, String.format(java.util.Locale.ROOT, "request=%s count=%d p50_us=%d p99_us=%d p999_us=%d max_us=%d",
                    type, copy.getTotalCount(), copy.getValueAtPercentile(50), copy.getValueAtPercentile(99),
                    copy.getValueAtPercentile(99.9), copy.getMaxValue()));
        });
        return lines;
    }
}
