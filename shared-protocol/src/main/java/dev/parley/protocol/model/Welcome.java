package dev.parley.protocol.model;

/**
 * The server's answer to {@code hello}: the protocol version it speaks, its name and version,
 * whether anyone may register, the text limit the composer should show, whether guests may log
 * in without an account (absent from older servers: read as no), and the largest picture and
 * file it takes in bytes (absent: the server takes no uploads), so a client can refuse an
 * oversized one before sending a byte. The server checks every limit itself.
 */
public record Welcome(int protocol, String server, boolean registrationOpen, int maxTextLength, Boolean guestsAllowed,
                      Long maxPictureBytes, Long maxFileBytes) {
    public Welcome {
        guestsAllowed = guestsAllowed != null && guestsAllowed;
    }

    public Welcome(int protocol, String server, boolean registrationOpen, int maxTextLength, Boolean guestsAllowed) {
        this(protocol, server, registrationOpen, maxTextLength, guestsAllowed, null, null);
    }

    public Welcome(int protocol, String server, boolean registrationOpen, int maxTextLength) {
        this(protocol, server, registrationOpen, maxTextLength, false);
    }

    /** Whether guests may log in. */
    public boolean guests() {
        return guestsAllowed;
    }
}
