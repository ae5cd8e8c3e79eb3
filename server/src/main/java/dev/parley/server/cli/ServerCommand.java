package dev.parley.server.cli;

import dev.parley.server.ParleyServer;
import dev.parley.server.config.ConfigException;
import dev.parley.server.config.ConfigFile;
import dev.parley.server.config.AppDirs;
import dev.parley.server.config.ServerConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley server}: runs the headless server until SIGTERM or Ctrl+C, then shuts down
 * cleanly (requests in flight finish, connections close, the database closes). Settings come
 * from the optional config file, overridden by the options. Never touches JavaFX.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Runs the headless Parley chat server.",
        footer = {"", "Config file keys: host, port, data, registration (open|closed),",
                "rooms (list of name, topic, slowmode), loginTimeout, idleTimeout,",
                "durability (flush|fsync), maxConnectionsPerAddress, guests, trustedProxies,",
                "spam (userMessagesPerMinute, userBurst, addressMessagesPerMinute, addressBurst,",
                "floodRepeats, floodWindowSeconds, floodMuteMinutes, maxRoomsPerUser). See README.md."})
public final class ServerCommand implements Callable<Integer> {
    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Interface to listen on (default from the config file, else 0.0.0.0 = all interfaces).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port, 0..65535 (default 8025; 0 = any free port).")
    Integer port;

    @Option(names = "--data", paramLabel = "DIR", description = "Data directory (default: the per-user data directory).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", description = "YAML config file (default: config.yml in the data directory, if present).")
    Path config;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Builds the effective config: defaults, then the file, then the options. */
    ServerConfig resolve() {
        Path dataDir = data != null ? data : AppDirs.resolve().serverData();
        ConfigFile file;
        if (config != null) {
            file = ConfigFile.read(config);
        } else if (dataDir.resolve("config.yml").toFile().isFile()) {
            file = ConfigFile.read(dataDir.resolve("config.yml"));
        } else {
            file = ConfigFile.empty();
        }
        ServerConfig resolved = file.toConfig(dataDir);
        if (data != null) {
            resolved = resolved.withDataDir(data);
        }
        if (host != null) {
            resolved = resolved.withHost(host);
        }
        if (port != null) {
            resolved = resolved.withPort(port);
        }
        return resolved;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig resolved;
        try {
            resolved = resolve();
        } catch (ConfigException e) {
            err.println("parley server: " + e.getMessage());
            return 2;
        }
        ParleyServer server;
        try {
            server = ParleyServer.start(resolved);
        } catch (ConfigException e) {
            err.println("parley server: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("parley server: cannot start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "parley-shutdown"));
        out.println("Parley server listening on " + resolved.host() + ":" + server.port()
                + " (clients connect to ws://<this machine>:" + server.port() + "/ws), data in "
                + resolved.dataDir().toAbsolutePath());
        out.flush();
        stopped.await();
        return 0;
    }

    /** Entry point for running the server module on its own. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ServerCommand()).execute(args));
    }
}
