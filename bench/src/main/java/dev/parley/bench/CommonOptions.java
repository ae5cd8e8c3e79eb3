package dev.parley.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options every scenario takes. Validated in {@link #validate}, which names the option, the value and what is allowed. */
final class CommonOptions {
    private static final Pattern HEAP = Pattern.compile("(-Xmx)?\\d+[kKmMgG]?");

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "30",
            description = "Seconds of steady measurement, 1..3600 (default ${DEFAULT-VALUE}).")
    int durationSeconds;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5",
            description = "Seconds of load before measuring, not counted, 0..600 (default ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Option(names = "--url", paramLabel = "ws://HOST:PORT",
            description = "Target this running server instead of starting one (accounts are registered; server CPU and memory are n/a unless --server-pid is given).")
    String url;

    @Option(names = "--server-pid", paramLabel = "PID",
            description = "With --url: the server's process id, to measure its CPU, RSS and heap.")
    Long serverPid;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data directory for the server the bench starts (default: a fresh temporary directory, deleted afterwards; a given one is kept and reused).")
    Path data;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    @Option(names = "--server-heap", paramLabel = "SIZE",
            description = "Maximum heap of the server the bench starts, e.g. 1g or -Xmx1g (default: the JVM's default).")
    String serverHeap;

    @Option(names = "--server-jvm-option", paramLabel = "OPTION",
            description = "Extra JVM option for the server the bench starts (repeatable), e.g. -XX:+UseParallelGC.")
    List<String> serverJvmOptions = List.of();

    @Option(names = "--durability", paramLabel = "LEVEL", defaultValue = "flush",
            description = "durability setting of the server the bench starts: flush or fsync (default ${DEFAULT-VALUE}).")
    String durability;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "50",
            description = "Connections opened at the same time during set-up, 1..1000 (default ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--jfr", paramLabel = "FILE",
            description = "Record the server with JFR (profile settings) during the measurement into FILE (needs jcmd).")
    Path jfr;

    /** Whether the bench starts and owns the server. */
    boolean ownServer() {
        return url == null;
    }

    List<String> serverJvmArgs() {
        List<String> args = new java.util.ArrayList<>();
        if (serverHeap != null) {
            args.add(serverHeap.startsWith("-Xmx") ? serverHeap : "-Xmx" + serverHeap);
        }
        args.addAll(serverJvmOptions);
        return args;
    }

    void validate(CommandSpec spec) {
        range(spec, "--duration", durationSeconds, 1, 3600);
        range(spec, "--warmup", warmupSeconds, 0, 600);
        range(spec, "--concurrency", concurrency, 1, 1000);
        if (url != null) {
            if (!url.startsWith("ws://") && !url.startsWith("wss://")) {
                throw new ParameterException(spec.commandLine(), "--url: '" + url + "' is not a ws:// or wss:// address");
            }
            if (data != null) {
                throw new ParameterException(spec.commandLine(), "--data: cannot be used with --url (the bench seeds only a server it starts)");
            }
        } else if (serverPid != null) {
            throw new ParameterException(spec.commandLine(), "--server-pid: only with --url (the bench measures the server it starts itself)");
        }
        if (serverHeap != null && !HEAP.matcher(serverHeap).matches()) {
            throw new ParameterException(spec.commandLine(), "--server-heap: '" + serverHeap + "' is not a heap size; use e.g. 512m, 1g or -Xmx1g");
        }
        if (!"flush".equals(durability) && !"fsync".equals(durability)) {
            throw new ParameterException(spec.commandLine(), "--durability: '" + durability + "' is not allowed; use flush or fsync (default flush)");
        }
    }

    static void range(CommandSpec spec, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw new ParameterException(spec.commandLine(),
                    option + ": " + value + " is out of range; allowed " + min + ".." + max);
        }
    }
}
