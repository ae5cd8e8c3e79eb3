package dev.parley.client.net;

import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.net.BindException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Host a chat": runs the real {@link ParleyServer} inside the client, bound to every interface
 * so teammates can reach it. Tries the preferred port first (8025, so the address is easy to
 * tell) and falls back to any free port only when that one is taken (a {@link BindException}
 * in the cause chain); any other failure, such as a database locked by another process, is
 * thrown. A JVM shutdown hook closes the server if the process is ended (SIGTERM) while
 * hosting; {@link #close()} removes it, and closing twice is harmless. Starting is blocking
 * I/O: call {@link #start} off the UI thread.
 */
public final class EmbeddedServerHost implements HostedChat {
    /** System property overriding the preferred port (tests use 0). */
    public static final String PORT_PROPERTY = "parley.host.port";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServerHost.class);

    private final ParleyServer server;
    private final String shareHost;
    private final Thread shutdownHook;

    private EmbeddedServerHost(ParleyServer server, String shareHost) {
        this.server = server;
        this.shareHost = shareHost;
        this.shutdownHook = new Thread(server::close, "parley-hosted-server-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts a server with its data in {@code dataDir} on the preferred port (or a free one). */
    public static EmbeddedServerHost start(Path dataDir) {
        return start(dataDir, Integer.getInteger(PORT_PROPERTY, ServerConfig.DEFAULT_PORT), ParleyServer::start);
    }

    /** {@link #start(Path)} with the port and the server start given (tests). */
    static EmbeddedServerHost start(Path dataDir, int preferred, Function<ServerConfig, ParleyServer> starter) {
        ServerConfig config = new ServerConfig(ServerConfig.DEFAULT_HOST, preferred, dataDir, true, ServerConfig.DEFAULT_ROOMS);
        ParleyServer server;
        try {
            server = starter.apply(config);
        } catch (RuntimeException e) {
            if (preferred == 0 || !isBindFailure(e)) {
                throw e;
            }
            LOG.info("port {} is taken ({}), hosting on a free port instead", preferred, e.toString());
            server = starter.apply(config.withPort(0));
        }
        LOG.info("hosting a chat on port {} with data in {}", server.port(), dataDir);
        return new EmbeddedServerHost(server, lanHost());
    }

    /** Whether {@code failure} says the port is taken (a {@link BindException} somewhere in its causes). */
    static boolean isBindFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String localAddress() {
        return "127.0.0.1:" + server.port();
    }

    @Override
    public String shareAddress() {
        return shareHost + ":" + server.port();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down: the hook runs (or ran) server.close, which is idempotent.
        }
        server.close();
    }

    /** The first site-local IPv4 address of an up, non-virtual interface; else the host name. */
    static String lanHost() {
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback() || nif.isVirtual()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a instanceof Inet4Address && a.isSiteLocalAddress()) {
                        return a.getHostAddress();
                    }
                }
            }
        } catch (SocketException e) {
            LOG.debug("cannot list network interfaces", e);
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
