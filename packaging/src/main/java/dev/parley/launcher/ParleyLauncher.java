package dev.parley.launcher;

import dev.parley.server.cli.AdminCommand;
import dev.parley.server.cli.ServerCommand;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The {@code parley} command: with no subcommand it starts the desktop client; {@code parley
 * server} runs the headless server, {@code parley admin} administers accounts. The client is reached only through {@link ClientStarter},
 * so the server path never loads a JavaFX class and runs on machines with no display.
 */
@Command(name = "parley", mixinStandardHelpOptions = true,
        versionProvider = ParleyLauncher.Version.class,
        description = {"Parley: self-hosted team chat.", "",
                "Without a command, starts the desktop client."},
        subcommands = {ServerCommand.class, AdminCommand.class, dev.parley.bench.BenchCommand.class, CommandLine.HelpCommand.class})
public final class ParleyLauncher implements Callable<Integer> {
    @Parameters(arity = "0", hidden = true)
    String[] none;

    @Override
    public Integer call() {
        ClientStarter.start(new String[0]);
        return 0;
    }

    public static void main(String[] args) {
        int code = new CommandLine(new ParleyLauncher()).execute(args);
        // `parley server` returns only after its shutdown hook ran, while the JVM is already
        // exiting; System.exit there would block forever. Every other path exits explicitly so
        // that the client's background threads cannot keep the process alive.
        boolean serverRan = args.length > 0 && "server".equals(args[0]) && code == 0;
        if (!serverRan) {
            System.exit(code);
        }
    }

    /** Reports the build's version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ParleyLauncher.class.getPackage().getImplementationVersion();
            return new String[] {"Parley " + (v == null ? "dev" : v)};
        }
    }
}
