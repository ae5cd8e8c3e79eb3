package dev.parley.protocol.model;

/**
 * The server's answer to {@code hello}: the protocol version it speaks, its name and version,
 * whether anyone may register, the text limit the composer should show, and whether guests may
 * log in without an account (absent from older servers: read as no).
 */
public record Welcome(int protocol, String server, boolean registrationOpen, int maxTextLength, Boolean guestsAllowed) {
    public Welcome {
        guestsAllowed = guestsAllowed != null && guestsAllowed;
    }

    public Welcome(int protocol, String server, boolean registrationOpen, int maxTextLength) {
        this(protocol, server, registrationOpen, maxTextLength, false);
    }

    /** Whether guests may log in. */
    public boolean guests() {
        return guestsAllowed;
    }
}
