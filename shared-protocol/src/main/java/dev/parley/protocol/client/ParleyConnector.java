package dev.parley.protocol.client;

import dev.parley.protocol.Limits;
import dev.parley.protocol.Protocol;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.DeploymentException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.glassfish.tyrus.client.ClientManager;
import org.glassfish.tyrus.client.ClientProperties;
import org.glassfish.tyrus.container.grizzly.client.GrizzlyClientContainer;

/**
 * Opens {@link ParleyClient} connections. All connections made by one connector share one Tyrus
 * client container (one Grizzly transport and its threads), so a test, the desktop client or
 * the bench can hold many connections cheaply. Create one per process or test class and close
 * the clients it made; the shared container stops by itself when the last connection closes.
 */
public final class ParleyConnector {
    private final ClientManager manager;
    private final Duration requestTimeout;

    public ParleyConnector() {
        this(Duration.ofSeconds(10));
    }

    /** @param requestTimeout how long a request waits for its reply before failing */
    public ParleyConnector(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.manager = ClientManager.createClient(GrizzlyClientContainer.class.getName());
        manager.getProperties().put(ClientProperties.SHARED_CONTAINER, true);
        manager.getProperties().put(ClientProperties.INCOMING_BUFFER_SIZE, Limits.TRANSPORT_BUFFER_BYTES);
        manager.getProperties().put(ClientProperties.HANDSHAKE_TIMEOUT, 10_000);
    }

    /**
     * Connects to a server. {@code address} is {@code ws://host:port} (the protocol path is
     * added when missing) or a full {@code ws://host:port/ws} URI.
     */
    public ParleyClient connect(String address) throws IOException {
        URI uri = toUri(address);
        ParleyClient client = new ParleyClient(requestTimeout);
        try {
            manager.connectToServer(client.endpoint(), ClientEndpointConfig.Builder.create().build(), uri);
        } catch (DeploymentException e) {
            throw new IOException("cannot connect to " + uri + ": " + e.getMessage(), e);
        }
        return client;
    }

    /** Normalizes a user-typed address into the WebSocket URI of the protocol endpoint. */
    public static URI toUri(String address) {
        String a = address.trim();
        if (!a.contains("://")) {
            a = "ws://" + a;
        }
        URI uri = URI.create(a);
        if (!"ws".equals(uri.getScheme()) && !"wss".equals(uri.getScheme())) {
            throw new IllegalArgumentException("not a ws:// or wss:// address: " + address);
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("no host in address: " + address);
        }
        String path = uri.getPath() == null || uri.getPath().isEmpty() || "/".equals(uri.getPath())
                ? Protocol.PATH : uri.getPath();
        return URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path);
    }
}
