package dev.parley.protocol.model;

/**
 * The server's answer to {@code hello}: the protocol version it speaks, its name and version,
 * whether anyone may register, and the text limit the composer should show.
 */
public record Welcome(int protocol, String server, boolean registrationOpen, int maxTextLength) {
}
