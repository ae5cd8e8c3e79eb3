package dev.parley.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the per-request timings a Parley server logs when it stops cleanly
 * ({@code metrics request=FetchHistory count=… p50_us=… p99_us=… p999_us=… max_us=…}) and adds
 * them to a report: the server's own clock, without the network and the client. Only a clean
 * stop (SIGTERM) writes them; a run that ends with SIGKILL has none.
 */
final class ServerTimings {
    private static final Pattern LINE = Pattern.compile(
            "metrics request=(\\w+) count=(\\d+) p50_us=(\\d+) p99_us=(\\d+) p999_us=(\\d+) max_us=(\\d+)");

    private ServerTimings() {
    }

    /** Adds a row per request type found in {@code log}; {@code historyTargetMs} applies to history pages. */
    static int addTo(Report report, Path log, double historyTargetMs) throws IOException {
        if (log == null || !Files.exists(log)) {
            return 0;
        }
        int found = 0;
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            found++;
            String type = m.group(1);
            double p50 = Long.parseLong(m.group(3)) / 1000.0;
            double p99 = Long.parseLong(m.group(4)) / 1000.0;
            String key = "server_" + type.toLowerCase(Locale.ROOT);
            String label = "server-side " + type + " (n=" + m.group(2) + ")";
            report.add(key + "_p50_ms", label + " p50", String.format(Locale.ROOT, "%.2f ms", p50), p50);
            if ("FetchHistory".equals(type)) {
                report.atMost(key + "_p99_ms", label + " p99", p99, "ms", historyTargetMs, "≤ " + (int) historyTargetMs + " ms");
            } else {
                report.add(key + "_p99_ms", label + " p99", String.format(Locale.ROOT, "%.2f ms", p99), p99);
            }
            report.add(key + "_p999_ms", label + " p99.9", String.format(Locale.ROOT, "%.2f ms",
                    Long.parseLong(m.group(5)) / 1000.0), Long.parseLong(m.group(5)) / 1000.0);
        }
        return found;
    }
}
