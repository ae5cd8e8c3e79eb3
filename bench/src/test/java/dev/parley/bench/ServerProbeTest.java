package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerProbeTest {
    @Test
    void parseRss_readsVmRssInKibibytes() {
        assertThat(ServerProbe.parseRss("Name:\tjava\nVmPeak:\t 100 kB\nVmRSS:\t  2048 kB\n")).contains(2048L * 1024);
        assertThat(ServerProbe.parseRss("Name:\tjava\n")).isEmpty();
    }

    @Test
    void parseHeapUsed_sumsHeapRegionsButNotMetaspace() {
        String g1 = """
                 garbage-first heap   total 262144K, used 20480K [0x0000000700000000, 0x0000000800000000)
                  region size 1024K, 21 young (21504K), 0 survivors (0K)
                 Metaspace       used 1234K, committed 1408K, reserved 1114112K
                  class space    used 123K, committed 192K, reserved 1048576K
                """;
        assertThat(ServerProbe.parseHeapUsed(g1)).contains(20480L * 1024);
        String parallel = """
                 PSYoungGen      total 76288K, used 1310K [0x1, 0x2)
                  eden space 65536K, 2% used [0x1,0x2,0x3)
                 ParOldGen       total 175104K, used 1000K [0x1, 0x2)
                """;
        assertThat(ServerProbe.parseHeapUsed(parallel)).contains(2310L * 1024);
        assertThat(ServerProbe.parseHeapUsed("12345:\ncom.sun.tools.attach.AttachNotSupportedException")).isEmpty();
    }

    @Test
    void noProcess_givesEmptyReadingsInsteadOfFailing() {
        ServerProbe none = ServerProbe.none();
        assertThat(none.cpu()).isEmpty();
        assertThat(none.rssBytes()).isEmpty();
        assertThat(none.heapUsedBytes(true)).isEmpty();
    }

    @Test
    void coreShare_isCpuTimeOverWallTime() {
        assertThat(ResourceWindow.coreShare(Optional.of(Duration.ofMillis(500)), Optional.of(Duration.ofMillis(2500)),
                Duration.ofSeconds(2).toNanos())).contains(1.0);
        assertThat(ResourceWindow.cpuText(Optional.empty())).isEqualTo("n/a");
    }
}
