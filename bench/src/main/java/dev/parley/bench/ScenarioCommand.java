package dev.parley.bench;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.model.RoomInfo;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The course of every scenario: validate the options; prepare a data directory (accounts,
 * rooms and messages seeded straight into the database) and start the server as its own
 * process, or take the {@code --url} server as it is; open the shared client connector; run
 * the scenario; print the results table and its Markdown rows, write the JSON; stop the server
 * and delete the temporary directory. Every run ends by itself.
 */
abstract class ScenarioCommand implements Callable<Integer> {
    @Mixin
    CommonOptions options = new CommonOptions();

    @Spec
    CommandSpec spec;

    /** What to prepare before the server starts. Messages are seeded in map order. */
    record Plan(int accounts, List<String> rooms, Map<String, Long> messages) {
    }

    abstract String name();

    /** A one-line description of the configuration, for the report header. */
    abstract String setup();

    /** Checks the scenario's own options (throw {@link picocli.CommandLine.ParameterException}). */
    abstract void validate();

    abstract Plan plan();

    /** Extra server config lines (YAML), besides the ones every run needs. */
    String extraConfig() {
        return "";
    }

    abstract void run(BenchContext ctx, Report report) throws Exception;

    @Override
    public Integer call() throws Exception {
        options.validate(spec);
        validate();
        PrintWriter out = spec.commandLine().getOut();
        Plan plan = plan();
        Report report = new Report(name(), setup());
        report.add("loadavg_before", "machine load average (1 min) before the run", loadAverage(), null);
        Path work = Files.createTempDirectory("parley-bench-");
        Path dataDir = options.data != null ? options.data : work.resolve("data");
        ServerProcess server = null;
        try {
            List<BenchClient.Account> accounts = accounts(plan.accounts());
            Map<String, Long> roomIds = new LinkedHashMap<>();
            Map<String, Seeder.RoomFill> fills = new LinkedHashMap<>();
            String url;
            ServerProbe probe;
            if (options.ownServer()) {
                out.println("parley bench " + name() + ": seeding " + dataDir);
                out.flush();
                long t0 = System.nanoTime();
                try (Seeder seeder = new Seeder(dataDir)) {
                    seeder.users(accounts.stream().map(a -> a.username).toList());
                    seeder.rooms(plan.rooms());
                    for (var e : plan.messages().entrySet()) {
                        fills.put(e.getKey(), seeder.messages(e.getKey(), e.getValue(), accounts.stream().map(a -> a.username).toList()));
                    }
                    roomIds.putAll(seeder.roomIds(plan.rooms()));
                }
                report.add("seed_s", "set-up: seeding the database", seconds(System.nanoTime() - t0), (System.nanoTime() - t0) / 1e9);
                Path config = work.resolve("server.yml");
                Files.writeString(config, config(plan.rooms()));
                server = ServerProcess.start(options.serverJvmArgs(), dataDir, config, work.resolve("server.log"), Duration.ofMinutes(3));
                out.println("parley bench " + name() + ": server pid " + server.handle().pid() + " on " + server.url()
                        + " (log " + server.log() + ")");
                out.flush();
                url = server.url();
                probe = new ServerProbe(server.handle());
                double wallMs = server.startWall().toNanos() / 1e6;
                report.atMost("server_start_ms", "server start (spawn → listening)", wallMs, "ms", 2000, "≤ 2000 ms");
                server.reportedStartMillis().ifPresent(ms ->
                        report.add("server_start_reported_ms", "server start (as logged by ParleyServer.start)", ms + " ms", ms));
            } else {
                url = options.url;
                probe = options.serverPid == null ? ServerProbe.none()
                        : new ServerProbe(ProcessHandle.of(options.serverPid).orElse(null));
            }
            ParleyConnector connector = new ParleyConnector(Duration.ofSeconds(30));
            Errors errors = new Errors();
            Fleet fleet = new Fleet(connector, url, errors, !options.ownServer(), line -> {
                out.println("  … " + line);
                out.flush();
            });
            if (!options.ownServer()) {
                roomIds.putAll(remoteRooms(connector, url, accounts.get(0), plan.rooms(), out));
            }
            BenchContext ctx = new BenchContext(url, probe, server, connector, fleet, errors, roomIds, fills, accounts, options, out,
                    options.ownServer() ? dataDir : null);
            try {
                run(ctx, report);
            } finally {
                fleet.close();
            }
            if (server != null && server.handle().isAlive()) {
                // a clean stop makes the server log its own per-request timings
                server.close();
                ServerTimings.addTo(report, server.log(), 5.0);
            }
            out.println();
            out.print(report.table());
            out.println();
            out.println("Markdown rows for docs/BENCHMARKS.md:");
            out.print(report.markdownRows());
            if (!errors.byKind().isEmpty()) {
                out.println();
                out.println("First error of each kind:");
                errors.byKind().keySet().forEach(k -> out.println("  " + k + ": " + errors.sample(k)));
            }
            out.flush();
            if (options.json != null) {
                report.writeJson(options.json);
            }
            return 0;
        } finally {
            if (server != null) {
                server.close();
            }
            if (options.data == null) {
                deleteTree(work);
            } else {
                deleteTree(work.resolve("server.yml"));
                out.println("server log kept in " + work);
            }
        }
    }

    List<BenchClient.Account> accounts(int count) {
        String prefix = options.ownServer() ? "bench-" : "bench-" + Long.toString(System.nanoTime() % 46_656L, 36) + "-";
        List<BenchClient.Account> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(new BenchClient.Account(String.format(Locale.ROOT, "%s%05d", prefix, i)));
        }
        return list;
    }

    /**
     * The server config the bench writes: loopback only, no per-address cap, no rate or flood
     * limits (every bench client shares one address and sends as fast as the scenario says),
     * the scenario's rooms.
     */
    String config(List<String> rooms) {
        StringBuilder yaml = new StringBuilder()
                .append("registration: closed\n")
                .append("maxConnectionsPerAddress: 1000000\n")
                .append("loginTimeout: 120\n")
                .append("spam:\n  userMessagesPerMinute: 0\n  userBurst: 0\n  addressMessagesPerMinute: 0\n"
                        + "  addressBurst: 0\n  floodRepeats: 0\n")
                .append("durability: ").append(options.durability).append('\n')
                .append(extraConfig())
                .append("rooms:\n");
        for (String room : rooms) {
            yaml.append("  - name: ").append(room).append("\n    topic: bench\n    slowmode: 0\n");
        }
        return yaml.toString();
    }

    /** With --url: the ids of the rooms named like the plan's, else the server's first rooms in turn. */
    private static Map<String, Long> remoteRooms(ParleyConnector connector, String url, BenchClient.Account account,
                                                 List<String> names, PrintWriter out) throws IOException {
        try (ParleyClient c = connector.connect(url)) {
            c.hello(Fleet.CLIENT_NAME);
            try {
                account.token = c.register(account.username, Seeder.PASSWORD).token();
            } catch (dev.parley.protocol.ParleyException e) {
                account.token = c.login(account.username, Seeder.PASSWORD).token();
            }
            List<RoomInfo> available = c.rooms().rooms().stream().filter(r -> !r.closed()).toList();
            if (available.isEmpty()) {
                throw new IOException("the server at " + url + " has no open room to use");
            }
            Map<String, Long> byName = new HashMap<>();
            available.forEach(r -> byName.put(r.name().toLowerCase(Locale.ROOT), r.id()));
            Map<String, Long> ids = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                Long id = byName.get(names.get(i).toLowerCase(Locale.ROOT));
                ids.put(names.get(i), id != null ? id : available.get(i % available.size()).id());
            }
            if (available.size() < names.size()) {
                out.println("note: the server has " + available.size() + " open rooms; the scenario's " + names.size()
                        + " rooms share them");
            }
            return ids;
        }
    }

    /** The 1-minute load average from /proc/loadavg: other work on the machine skews every number. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return Report.NA;
        }
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f s", nanos / 1e9);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
