package dev.parley.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley bench team}: many rooms of a busy team, each message to the room's other members. */
@Command(name = "team", mixinStandardHelpOptions = true,
        description = {"Team: 1,000 clients over 50 rooms, 100 of them sending, total rate --rate.",
                "Target (issue 6): at 2,000 msg/s (≈ 40,000 deliveries/s) p99 send→delivery ≤ 50 ms."})
final class TeamCommand extends ChatCommand {
    @Option(names = "--clients", paramLabel = "N", defaultValue = "1000", description = "Connections, spread evenly over the rooms (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--rooms", paramLabel = "N", defaultValue = "50", description = "Rooms (default ${DEFAULT-VALUE}).")
    int rooms;

    @Option(names = "--senders", paramLabel = "N", defaultValue = "100", description = "Senders, spread evenly over the rooms (default ${DEFAULT-VALUE}).")
    int senders;

    @Option(names = "--rate", paramLabel = "MSG_PER_S", defaultValue = "2000", description = "Total messages per second over all senders (default ${DEFAULT-VALUE}).")
    double rate;

    @Override
    String name() {
        return "team";
    }

    @Override
    int clients() {
        return clients;
    }

    @Override
    int rooms() {
        return rooms;
    }

    @Override
    int senders() {
        return senders;
    }

    @Override
    double rate() {
        return rate;
    }

    @Override
    double p99TargetMs() {
        return 50;
    }
}
