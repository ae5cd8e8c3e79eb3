package dev.parley.client.model;

/** The connection as the user sees it; shown by the status indicator in every screen. */
public enum ConnectionState {
    DISCONNECTED,
    CONNECTING,
    CONNECTED,
    /** Lost and being re-established (spec UX-4): waiting for the next attempt, or attempting. */
    RECONNECTING
}
