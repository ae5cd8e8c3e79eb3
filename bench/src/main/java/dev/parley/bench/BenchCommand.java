package dev.parley.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code parley bench}: placeholder until the scenarios land. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measures Parley under load.")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
