package dev.parley.bench;

import dev.parley.protocol.client.ParleyConnector;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * What a scenario works with: the server's address, the probe measuring it, the one shared
 * client connector and the fleet of connections, the rooms and accounts prepared for it, the
 * options, and where errors and progress go.
 */
record BenchContext(String url, ServerProbe probe, ServerProcess server, ParleyConnector connector, Fleet fleet,
                    Errors errors, Map<String, Long> roomIds, Map<String, Seeder.RoomFill> fills,
                    List<BenchClient.Account> accounts, CommonOptions options, PrintWriter out,
                    java.nio.file.Path dataDir) {

    void progress(String line) {
        out.println("  … " + line);
        out.flush();
    }

    long[] rooms(List<String> names) {
        return names.stream().mapToLong(roomIds::get).toArray();
    }

    /** Sleeps until {@link System#nanoTime()} reaches {@code deadline}. */
    static void sleepUntil(long deadline) throws InterruptedException {
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            Thread.sleep(Math.max(1, Math.min(left / 1_000_000, 1000)));
        }
    }
}
