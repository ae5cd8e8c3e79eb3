package dev.parley.client.notify;

/**
 * A kind of desktop notification cannot be used here (no session bus, no notification service,
 * no system tray). Expected on many machines: {@link Notifiers} catches it and falls back to the
 * next kind; the message says what was missing, for the one INFO line it logs.
 */
public final class NotifierUnavailableException extends Exception {
    public NotifierUnavailableException(String message) {
        super(message);
    }

    public NotifierUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
