package dev.parley.server.transport;

import java.io.IOException;
import java.nio.channels.SocketChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.tyrus.container.grizzly.server.GrizzlyServerFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives each WebSocket connection a way to cut its TCP connection, and counts open sockets.
 *
 * <p>Why: a polite WebSocket close queues the close frame behind the data the peer never read,
 * and Tyrus reports the session closed at once; the socket then stays ESTABLISHED with
 * megabytes in the kernel's send queue for as long as the peer keeps its window shut — a client
 * could pile up such sockets without limit. A filter placed just before Tyrus's own records the
 * Grizzly connection of the read being processed; the WebSocket upgrade (and so
 * {@code onOpen}) runs on that same thread, so the endpoint picks it up there. Closing it with
 * {@code SO_LINGER 0} sends a reset and frees the socket at once.
 */
final class SocketCapture implements AddOn {
    private static final Logger LOG = LoggerFactory.getLogger(SocketCapture.class);
    private static final ThreadLocal<Connection<?>> CURRENT = new ThreadLocal<>();
    private final Set<Connection<?>> open = ConcurrentHashMap.newKeySet();

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        builder.add(builder.indexOfType(GrizzlyServerFilter.class), new BaseFilter() {
            @Override
            public NextAction handleRead(FilterChainContext ctx) throws IOException {
                CURRENT.set(ctx.getConnection());
                return ctx.getInvokeAction();
            }
        });
    }

    /** The TCP connection whose handshake is being handled on this thread (call from onOpen). */
    Runnable hardCloserForCurrent() {
        Connection<?> tcp = CURRENT.get();
        CURRENT.remove();
        if (tcp == null) {
            return () -> { };
        }
        if (open.add(tcp)) {
            tcp.addCloseListener((Connection.CloseListener) (closed, type) -> open.remove(closed));
        }
        return () -> {
            if (tcp.isOpen()) {
                try {
                    if (tcp.getPeerAddress() != null && tcp instanceof org.glassfish.grizzly.nio.NIOConnection nio
                            && nio.getChannel() instanceof SocketChannel channel) {
                        channel.socket().setSoLinger(true, 0);
                    }
                } catch (IOException | RuntimeException e) {
                    LOG.debug("could not set SO_LINGER before reset", e);
                }
                tcp.terminateSilently();
            }
        };
    }

    /** TCP connections of WebSocket sessions that are still open. */
    int openSockets() {
        return open.size();
    }
}
