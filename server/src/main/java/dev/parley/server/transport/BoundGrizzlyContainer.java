package dev.parley.server.transport;

import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.Map;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.server.TyrusServerContainer;
import org.glassfish.tyrus.spi.WebSocketEngine;

/**
 * A Tyrus server container on Grizzly that binds the interface it is given.
 *
 * <p>Why not Tyrus's own {@code GrizzlyServerContainer}: in Tyrus 2.2 it always listens on
 * {@code 0.0.0.0} whatever host is configured, which would expose test servers and a
 * "this machine only" server to the network. This class does the same set-up (Tyrus engine,
 * worker-thread I/O strategy, no HTTP keep-alive timeout for upgraded connections, the
 * WebSocket add-on) on a listener bound to {@code host}.
 */
final class BoundGrizzlyContainer extends TyrusServerContainer {
    private final String host;
    private final WebSocketEngine engine;
    private HttpServer server;
    private volatile NetworkListener listener;
    private String contextPath;
    private final SocketCapture sockets = new SocketCapture();

    BoundGrizzlyContainer(String host, int incomingBufferSize, int maxSessionsPerAddress) {
        super((java.util.Set<Class<?>>) null);
        this.host = host;
        this.engine = TyrusWebSocketEngine.builder(this)
                .incomingBufferSize(incomingBufferSize)
                .maxSessionsPerRemoteAddr(maxSessionsPerAddress)
                .build();
    }

    @Override
    public void register(Class<?> endpointClass) throws DeploymentException {
        engine.register(endpointClass, contextPath);
    }

    @Override
    public void register(ServerEndpointConfig config) throws DeploymentException {
        engine.register(config, contextPath);
    }

    @Override
    public WebSocketEngine getWebSocketEngine() {
        return engine;
    }

    @Override
    public void start(String rootPath, int port) throws IOException, DeploymentException {
        contextPath = rootPath;
        server = new HttpServer();
        listener = new NetworkListener("parley", host, port);
        server.addListener(listener);
        listener.getTransport().setIOStrategy(WorkerThreadIOStrategy.getInstance());
        listener.getKeepAlive().setIdleTimeoutInSeconds(-1);
        listener.registerAddOn(new WebSocketAddOn(this, contextPath));
        // after the WebSocket add-on: it places its filter in front of Tyrus's
        listener.registerAddOn(sockets);
        server.start();
        super.start(rootPath, port);
    }

    SocketCapture sockets() {
        return sockets;
    }

    @Override
    public int getPort() {
        NetworkListener l = listener;
        return l != null && l.getPort() > 0 ? l.getPort() : -1;
    }

    @Override
    public void stop() {
        super.stop();
        if (server != null) {
            server.shutdownNow();
        }
    }

    @Override
    public Map<String, Object> getProperties() {
        return Map.of();
    }
}
