package dev.parley.client.net;

/**
 * The one chat server this client may run for the team ("Host a chat"): started on demand,
 * reused by later "Host a chat" clicks, kept running across log-outs until the user stops it
 * or the application exits. {@link #start} and {@link #stop} block: call them through the
 * {@link TaskExecutor}.
 */
public interface Hosting {

    /** Starts the server, or returns the one already running. */
    HostedChat start() throws Exception;

    /** The running server, or null when this client hosts nothing. */
    HostedChat current();

    /** Stops the running server, if any; safe to call at any time and more than once. */
    void stop();
}
