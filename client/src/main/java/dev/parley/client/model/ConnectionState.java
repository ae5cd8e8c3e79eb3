package dev.parley.client.model;

/** The connection as the user sees it; shown by the status indicator in every screen. */
public enum ConnectionState {
    DISCONNECTED,
    CONNECTING,
    CONNECTED
}
