package dev.parley.client.notify;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Test fixture: a private D-Bus session bus, a real {@code dbus-daemon} of its own with a
 * minimal configuration written into a temporary directory and a unix socket path there (never
 * the user's session bus, never an abstract socket, which the JDK transport cannot reach).
 *
 * <pre>{@code
 * PrivateSessionBus.assumeInstalled();               // skip (or fail on CI) without dbus-daemon
 * try (PrivateSessionBus bus = PrivateSessionBus.start(tempDir);
 *      RecordingNotificationService service = RecordingNotificationService.register(bus.address())) {
 *     Notifier notifier = DBusNotifier.connect(bus.address(), executor, () -> "Open");
 *     ...
 *     RecordedNotification shown = service.awaitNotification();
 *     service.emitActionInvoked(shown.id());
 * }
 * }</pre>
 *
 * {@link #close()} kills the daemon (and so every connection on it). For the end-to-end test of
 * the chat, start the client's {@code DBusNotifier} on {@link #address()} the same way.
 */
public final class PrivateSessionBus implements AutoCloseable {
    /** Set to {@code 1} (as {@code .ci/run} does) to fail instead of skipping when dbus-daemon is missing. */
    public static final String REQUIRE_ENV = "PARLEY_REQUIRE_DBUS";
    private static final String DAEMON = "dbus-daemon";

    private final Process process;
    private final String address;

    private PrivateSessionBus(Process process, String address) {
        this.process = process;
        this.address = address;
    }

    /**
     * Skips the calling test when {@code dbus-daemon} is not installed, with a message saying
     * how to install it, or fails it when {@value #REQUIRE_ENV}{@code =1}.
     */
    public static void assumeInstalled() {
        if (daemonInstalled()) {
            return;
        }
        String message = DAEMON + " is not installed (Debian: apt-get install dbus); the D-Bus notification test needs it";
        if ("1".equals(System.getenv(REQUIRE_ENV))) {
            fail(message + ", and " + REQUIRE_ENV + "=1 says it must run");
        }
        Assumptions.abort(message);
    }

    /** True when {@code dbus-daemon} is on the PATH. */
    public static boolean daemonInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, DAEMON))) {
                return true;
            }
        }
        return false;
    }

    /** Starts a daemon listening on {@code dir/bus}; returns once it accepts connections. */
    public static PrivateSessionBus start(Path dir) throws IOException {
        Path socket = dir.resolve("bus");
        Path config = dir.resolve("session.conf");
        Files.writeString(config, config(socket), StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(DAEMON, "--nofork", "--print-address=1", "--config-file=" + config)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        // The daemon prints its address once it listens; reading blocks until then, and ends
        // (null) if it exits instead.
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String address = out.readLine();
        if (address == null || address.isBlank()) {
            process.destroyForcibly();
            throw new IOException(DAEMON + " did not start (exit " + waitFor(process) + "), config " + config);
        }
        return new PrivateSessionBus(process, address.strip());
    }

    /** The bus address to connect to, like {@code unix:path=/tmp/…/bus,guid=…}. */
    public String address() {
        return address;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String config(Path socket) {
        // The smallest configuration that behaves like a session bus: EXTERNAL authentication
        // (uid over the socket), anyone may own any name and talk to anyone.
        return """
                <!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
                 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
                <busconfig>
                  <type>session</type>
                  <listen>unix:path=%s</listen>
                  <auth>EXTERNAL</auth>
                  <policy context="default">
                    <allow send_destination="*" eavesdrop="true"/>
                    <allow eavesdrop="true"/>
                    <allow own="*"/>
                  </policy>
                </busconfig>
                """.formatted(socket);
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
