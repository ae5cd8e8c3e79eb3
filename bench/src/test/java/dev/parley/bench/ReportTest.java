package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ReportTest {
    @Test
    void atMost_marksTargetMetOrMissed() {
        Report r = new Report("fanout", "setup")
                .atMost("a", "fast", 12.0, "ms", 50, "≤ 50 ms")
                .atMost("b", "slow", 51.0, "ms", 50, "≤ 50 ms");
        assertThat(r.rows()).extracting(Report.Row::verdict).containsExactly("met", "MISSED");
    }

    @Test
    void missingValue_isNotApplicableNeverZero() {
        Report r = new Report("idle", "setup").bytes("heap", "heap", null).atMost("p", "p99", null, "ms", 5, "≤ 5 ms");
        assertThat(r.rows()).extracting(Report.Row::value).containsExactly("n/a", "n/a");
        assertThat(r.rows().get(1).verdict()).isEmpty();
    }

    @Test
    void latency_reportsPercentilesInMillisecondsFromMicroseconds() {
        Histogram h = new Histogram(3);
        for (int i = 1; i <= 1000; i++) {
            h.recordValue(i * 100L); // 0.1 .. 100 ms
        }
        Report r = new Report("team", "setup").latency("delivery", "send→delivery", h, 50.0, "≤ 50 ms");
        assertThat(r.rows()).extracting(Report.Row::key)
                .containsExactly("delivery_p50_ms", "delivery_p99_ms", "delivery_p999_ms", "delivery_max_ms");
        assertThat(r.rows().get(0).value()).isEqualTo("50.02 ms");
        assertThat(r.rows().get(1).verdict()).isEqualTo("MISSED");
    }

    @Test
    void markdownRows_haveOneRowPerMetricWithScenarioAndEscapedPipes() {
        Report r = new Report("history", "setup").add("x", "a | b", "1 ms", 1.0);
        assertThat(r.markdownRows().strip()).isEqualTo("| history | a \\| b | 1 ms |  |  |");
    }

    @Test
    void table_listsEveryRowAndNote() {
        String t = new Report("idle", "10 connections").count("n", "connections", 10).note("hello").table();
        assertThat(t).contains("parley bench idle — 10 connections").contains("connections").contains("note: hello");
    }
}
