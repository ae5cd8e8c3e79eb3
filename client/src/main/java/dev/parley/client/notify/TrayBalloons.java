package dev.parley.client.notify;

/**
 * What {@link TrayNotifier} needs of a tray icon: balloon messages and clicks. {@link
 * DesktopTray} is the real one; the seam lets the notifier's rules be tested without a display.
 */
public interface TrayBalloons {

    /** Shows a balloon message next to the icon. */
    void displayMessage(String caption, String text);

    /** Adds a listener for clicks on the icon or its balloon, called on the UI thread. */
    void addClickListener(Runnable listener);

    void removeClickListener(Runnable listener);
}
