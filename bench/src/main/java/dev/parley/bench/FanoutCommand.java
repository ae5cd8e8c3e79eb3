package dev.parley.bench;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley bench fanout}: one big room, few senders, every message to everybody. */
@Command(name = "fanout", mixinStandardHelpOptions = true,
        description = {"Fan-out: 200 clients in one room, 20 of them sending, total rate --rate.",
                "Target (issue 6): at 300 msg/s (60,000 deliveries/s) p99 send→delivery ≤ 50 ms, every message durably stored."})
final class FanoutCommand extends ChatCommand {
    @Option(names = "--clients", paramLabel = "N", defaultValue = "200", description = "Connections in the room (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--senders", paramLabel = "N", defaultValue = "20", description = "How many of them send (default ${DEFAULT-VALUE}).")
    int senders;

    @Option(names = "--rate", paramLabel = "MSG_PER_S", defaultValue = "300", description = "Total messages per second over all senders (default ${DEFAULT-VALUE}).")
    double rate;

    @Override
    String name() {
        return "fanout";
    }

    @Override
    int clients() {
        return clients;
    }

    @Override
    int rooms() {
        return 1;
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
