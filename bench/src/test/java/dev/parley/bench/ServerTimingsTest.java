package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's shutdown timing lines become report rows, with the history target applied. */
class ServerTimingsTest {
    @TempDir
    Path dir;

    @Test
    void addTo_readsEveryTypeFromTheLog_andJudgesHistoryAgainstItsTarget() throws Exception {
        Path log = dir.resolve("server.log");
        Files.writeString(log, String.join("\n",
                "2026-11-22T02:00:00Z INFO  d.p.server.ParleyServer - metrics request=FetchHistory count=97000 p50_us=310 p99_us=1850 p999_us=4100 max_us=9000",
                "2026-11-22T02:00:00Z INFO  d.p.server.ParleyServer - metrics request=Login count=4 p50_us=52000 p99_us=61000 p999_us=61000 max_us=61000",
                "unrelated line"));
        Report report = new Report("history", "test");

        int found = ServerTimings.addTo(report, log, 5.0);

        assertThat(found).isEqualTo(2);
        String rows = report.markdownRows();
        assertThat(rows).contains("server-side FetchHistory (n=97000) p99 | 1.85 ms | ≤ 5 ms | met");
        assertThat(rows).contains("server-side Login (n=4) p50 | 52.00 ms");
    }

    @Test
    void addTo_missingLog_addsNothing() throws Exception {
        Report report = new Report("history", "test");
        assertThat(ServerTimings.addTo(report, dir.resolve("none.log"), 5.0)).isZero();
    }
}
