package dev.parley.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** What {@code fanout} and {@code team} share: the chat load's options, validated. */
abstract class ChatCommand extends ScenarioCommand {
    @Option(names = "--users", paramLabel = "N", defaultValue = "100",
            description = "Accounts the connections are spread over; each logs in once with its password, its other connections resume the token (default ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--text-size", paramLabel = "CHARS", defaultValue = "100",
            description = "Length of each message text, 40..4000 (default ${DEFAULT-VALUE}).")
    int textSize;

    @Option(names = "--no-verify-durable", negatable = false,
            description = "Skip the final check (server killed with SIGKILL, every acknowledged message looked up in the database).")
    boolean noVerifyDurable;

    abstract int clients();

    abstract int rooms();

    abstract int senders();

    abstract double rate();

    abstract double p99TargetMs();

    @Override
    void validate() {
        CommonOptions.range(spec, "--clients", clients(), 2, 100_000);
        CommonOptions.range(spec, "--senders", senders(), 1, clients());
        CommonOptions.range(spec, "--users", users, 1, 100_000);
        CommonOptions.range(spec, "--text-size", textSize, 40, 4000);
        if (rooms() < 1 || rooms() > clients()) {
            throw new ParameterException(spec.commandLine(), "--rooms: " + rooms() + " is out of range; allowed 1.." + clients()
                    + " (at most one room per client)");
        }
        if (!(rate() > 0) || rate() > 1_000_000) {
            throw new ParameterException(spec.commandLine(), "--rate: " + rate() + " is out of range; allowed more than 0, up to 1000000 msg/s");
        }
    }

    @Override
    String setup() {
        return String.format(Locale.ROOT, "%d clients (%d accounts) in %d room%s, %d senders, %.0f msg/s, %d s measured after %d s warm-up",
                clients(), Math.min(users, clients()), rooms(), rooms() == 1 ? "" : "s", senders(), rate(),
                options.durationSeconds, options.warmupSeconds);
    }

    @Override
    Plan plan() {
        return new Plan(Math.min(users, clients()), ChatLoad.roomNames(rooms()), Map.of());
    }

    /** Deliveries per second the rate should produce: each message reaches every other client of its room. */
    String deliveriesTarget() {
        double perRoom = clients() / (double) rooms();
        return String.format(Locale.ROOT, "≈ %,.0f /s", rate() * (perRoom - 1));
    }

    @Override
    void run(BenchContext ctx, Report report) throws Exception {
        new ChatLoad(ctx, new ChatLoad.Params(clients(), rooms(), senders(), rate(), textSize, !noVerifyDurable,
                p99TargetMs(), deliveriesTarget())).run(report);
    }

    List<String> roomNames() {
        return ChatLoad.roomNames(rooms());
    }
}
