package dev.parley.client.net;

/**
 * A chat server this client runs for the team ("Host a chat", spec UX-5): where this client
 * connects to it and the address to tell the others.
 */
public interface HostedChat extends AutoCloseable {
    /** The address this client itself connects to, e.g. {@code 127.0.0.1:8025}. */
    String localAddress();

    /** The address to share with the team: this machine's LAN address or host name, and the port. */
    String shareAddress();

    /** Stops the server; idempotent. */
    @Override
    void close();
}
