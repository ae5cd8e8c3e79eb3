package dev.parley.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code parley bench SCENARIO}: measures Parley under load through the real protocol. Each
 * scenario starts its own server as a separate process on a fresh data directory (or targets
 * {@code --url}), drives it with many connections over one shared client container, and prints
 * a results table (plus Markdown rows for {@code docs/BENCHMARKS.md}, and JSON with
 * {@code --json}). Benchmarks measure; they never fail on a slow number.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures Parley under load (see docs/BENCHMARKS.md).",
                "Starts its own server on 127.0.0.1 with a fresh data directory unless --url is given."},
        subcommands = {FanoutCommand.class, TeamCommand.class, HistoryCommand.class, IdleCommand.class,
                ReconnectCommand.class, CatchupCommand.class, PicturesCommand.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Runs the bench on its own (outside the {@code parley} launcher). */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }
}
