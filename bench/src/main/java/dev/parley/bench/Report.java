package dev.parley.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.parley.protocol.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The results of one scenario run: an ordered list of rows (metric, measured value, the
 * issue's target where there is one, and whether it was met), printed as an aligned table,
 * as Markdown rows for {@code docs/BENCHMARKS.md} and as JSON. Values that could not be
 * measured are "n/a", never zero.
 */
final class Report {
    /** Printed in place of a value whose source was unavailable. */
    static final String NA = "n/a";

    /**
     * @param key    JSON name, e.g. {@code delivery_p99_ms}
     * @param label  what a person reads, e.g. {@code send→delivery p99}
     * @param value  formatted value with its unit
     * @param raw    the number (or text) for JSON; null when unavailable
     * @param target the target, e.g. {@code ≤ 50 ms}; empty when none
     * @param met    whether the target was met; null when there is no target or no value
     */
    record Row(String key, String label, String value, Object raw, String target, Boolean met) {
        String verdict() {
            return met == null ? "" : met ? "met" : "MISSED";
        }
    }

    private final String scenario;
    private final String setup;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(String scenario, String setup) {
        this.scenario = scenario;
        this.setup = setup;
    }

    String scenario() {
        return scenario;
    }

    List<Row> rows() {
        return List.copyOf(rows);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

    Report add(String key, String label, String value, Object raw) {
        rows.add(new Row(key, label, value, raw, "", null));
        return this;
    }

    /** A plain count. */
    Report count(String key, String label, long n) {
        return add(key, label, Long.toString(n), n);
    }

    /** A per-second rate with one decimal. */
    Report rate(String key, String label, double perSecond, String unit) {
        return add(key, label, String.format(Locale.ROOT, "%,.1f %s", perSecond, unit), round(perSecond, 1));
    }

    /** A value that must not exceed {@code limit} (same unit), e.g. a p99 in ms. */
    Report atMost(String key, String label, Double value, String unit, double limit, String targetText) {
        if (value == null) {
            rows.add(new Row(key, label, NA, null, targetText, null));
        } else {
            String text = unit.isEmpty() && value == Math.rint(value)
                    ? Long.toString(value.longValue()) : String.format(Locale.ROOT, "%.2f %s", value, unit);
            rows.add(new Row(key, label, text, round(value, 3), targetText, value <= limit));
        }
        return this;
    }

    /** A size in bytes, shown in MiB; {@code null} is n/a. */
    Report bytes(String key, String label, Long bytes) {
        return add(key, label, bytes == null ? NA : mib(bytes), bytes);
    }

    /** p50 / p99 / p99.9 / max of a latency histogram in microseconds, one row each, in ms. */
    Report latency(String keyPrefix, String labelPrefix, Histogram h, Double p99LimitMs, String p99Target) {
        if (h.getTotalCount() == 0) {
            add(keyPrefix + "_p50_ms", labelPrefix + " p50", NA, null);
            if (p99LimitMs != null) {
                rows.add(new Row(keyPrefix + "_p99_ms", labelPrefix + " p99", NA, null, p99Target, null));
            } else {
                add(keyPrefix + "_p99_ms", labelPrefix + " p99", NA, null);
            }
            return this;
        }
        add(keyPrefix + "_p50_ms", labelPrefix + " p50", Latency.ms(h.getValueAtPercentile(50)) + " ms",
                h.getValueAtPercentile(50) / 1000.0);
        double p99 = h.getValueAtPercentile(99) / 1000.0;
        if (p99LimitMs != null) {
            atMost(keyPrefix + "_p99_ms", labelPrefix + " p99", p99, "ms", p99LimitMs, p99Target);
        } else {
            add(keyPrefix + "_p99_ms", labelPrefix + " p99", Latency.ms(h.getValueAtPercentile(99)) + " ms", p99);
        }
        add(keyPrefix + "_p999_ms", labelPrefix + " p99.9", Latency.ms(h.getValueAtPercentile(99.9)) + " ms",
                h.getValueAtPercentile(99.9) / 1000.0);
        add(keyPrefix + "_max_ms", labelPrefix + " max", Latency.ms(h.getMaxValue()) + " ms", h.getMaxValue() / 1000.0);
        return this;
    }

    Report note(String text) {
        notes.add(text);
        return this;
    }

    /** The aligned, human-readable table. */
    String table() {
        int w1 = "metric".length();
        int w2 = "measured".length();
        int w3 = "target".length();
        for (Row r : rows) {
            w1 = Math.max(w1, r.label().length());
            w2 = Math.max(w2, r.value().length());
            w3 = Math.max(w3, r.target().length());
        }
        String fmt = "  %-" + w1 + "s  %" + w2 + "s  %-" + w3 + "s  %s%n";
        StringBuilder sb = new StringBuilder();
        sb.append("parley bench ").append(scenario).append(" — ").append(setup).append(System.lineSeparator());
        sb.append(String.format(Locale.ROOT, fmt, "metric", "measured", "target", ""));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, fmt, r.label(), r.value(), r.target(), r.verdict()));
        }
        for (String n : notes) {
            sb.append("  note: ").append(n).append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** Markdown table rows {@code | scenario | metric | measured | target | verdict |}, no header. */
    String markdownRows() {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append("| ").append(scenario).append(" | ").append(escape(r.label())).append(" | ")
                    .append(escape(r.value())).append(" | ").append(escape(r.target())).append(" | ")
                    .append(r.verdict()).append(" |").append(System.lineSeparator());
        }
        return sb.toString();
    }

    static String markdownHeader() {
        return "| scenario | metric | measured | target | |" + System.lineSeparator()
                + "|---|---|---:|---|---|" + System.lineSeparator();
    }

    Map<String, Object> toJson() {
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (Row r : rows) {
            metrics.put(r.key(), r.raw());
        }
        Map<String, Object> targets = new LinkedHashMap<>();
        for (Row r : rows) {
            if (r.met() != null) {
                targets.put(r.key(), Map.of("target", r.target(), "met", r.met()));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenario", scenario);
        out.put("setup", setup);
        out.put("metrics", metrics);
        out.put("targets", targets);
        out.put("notes", notes);
        return out;
    }

    void writeJson(Path file) throws IOException {
        Json.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), toJson());
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
