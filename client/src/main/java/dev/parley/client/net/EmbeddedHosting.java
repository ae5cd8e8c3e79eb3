package dev.parley.client.net;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Hosting} with the embedded server. Start is serialized (a second click reuses the
 * first server). The hazard is exit during a start: {@link #shutdown()} does not wait for the
 * start to finish; it marks this object closed, and a start that completes afterwards stops
 * the server it has just started and fails, so closing the window never leaves a server (and
 * its non-daemon threads) running.
 */
public final class EmbeddedHosting implements Hosting {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedHosting.class);

    private final Supplier<HostedChat> starter;
    private final Object startLock = new Object();
    private volatile HostedChat current;
    private volatile boolean shutDown;

    /** @param starter starts a server (blocking), e.g. {@code () -> EmbeddedServerHost.start(dir)} */
    public EmbeddedHosting(Supplier<HostedChat> starter) {
        this.starter = starter;
    }

    @Override
    public HostedChat start() {
        synchronized (startLock) {
            if (shutDown) {
                throw new IllegalStateException("the application is exiting; not hosting");
            }
            HostedChat running = current;
            if (running != null) {
                return running;
            }
            HostedChat started;
            try {
                started = starter.get();
            } catch (RuntimeException e) {
                LOG.warn("cannot host a chat", e);
                throw e;
            }
            current = started;
            if (shutDown) {
                stop();
                throw new IllegalStateException("the application exited while the server was starting");
            }
            return started;
        }
    }

    @Override
    public HostedChat current() {
        return current;
    }

    @Override
    public void stop() {
        HostedChat running = current;
        current = null;
        if (running != null) {
            LOG.info("stopping the hosted chat server");
            running.close();
        }
    }

    /** Stops the server and refuses to start another; a start still running stops its own. */
    public void shutdown() {
        shutDown = true;
        stop();
    }
}
