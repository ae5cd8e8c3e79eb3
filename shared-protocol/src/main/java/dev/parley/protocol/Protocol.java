package dev.parley.protocol;

/** Protocol-wide constants: the version spoken and the WebSocket path. */
public final class Protocol {
    /** The protocol version this build speaks; {@code hello} must carry it. */
    public static final int VERSION = 1;
    /** Path of the WebSocket endpoint on the server. */
    public static final String PATH = "/ws";

    private Protocol() {
    }
}
