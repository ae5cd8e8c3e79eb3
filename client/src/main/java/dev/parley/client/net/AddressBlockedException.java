package dev.parley.client.net;

import java.io.IOException;

/**
 * The server closed a new connection with close code 4003: an admin blocked this client's
 * address. Reconnecting from it is pointless (PROTOCOL.md, Session flow), so the supervisor stops.
 */
public final class AddressBlockedException extends IOException {
    public AddressBlockedException() {
        super("this address is blocked by the server (close code 4003)");
    }
}
