package dev.parley.client.notify;

import dev.parley.client.i18n.Localization;
import dev.parley.client.net.TaskExecutor;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses this desktop's {@link Notifier}: on Linux and the BSDs the notification service on
 * the session bus ({@link DBusNotifier}), falling back to the tray; on Windows and macOS the
 * tray ({@link TrayNotifier}); with neither, {@link NoOpNotifier}. A fallback is expected on
 * many machines, so it is one INFO line saying why, not a warning.
 */
public final class Notifiers {
    private static final Logger LOG = LoggerFactory.getLogger(Notifiers.class);

    /** Connects a D-Bus notifier to a bus address (a seam for the factory's tests). */
    @FunctionalInterface
    public interface DBusConnector {
        Notifier connect(String busAddress) throws NotifierUnavailableException;
    }

    private Notifiers() {
    }

    /**
     * The notifier for the desktop this runs on. Blocking (it may ask the session bus): call it
     * off the UI thread, e.g. in {@code Application.init}, or from a background task.
     *
     * @param tray the tray icon, if the desktop has one ({@link DesktopTray#install})
     */
    public static Notifier forThisDesktop(TaskExecutor ui, Localization i18n, Optional<DesktopTray> tray) {
        return forThisDesktop(ui, i18n, tray, DBusNotifier.sessionBusAddress());
    }

    /**
     * The same on a given session bus: an end-to-end test passes its private bus
     * ({@code PrivateSessionBus.address()}) here instead of the user's.
     */
    public static Notifier forThisDesktop(TaskExecutor ui, Localization i18n, Optional<DesktopTray> tray, String busAddress) {
        return choose(System.getProperty("os.name", ""), busAddress,
                address -> DBusNotifier.connect(address, ui, () -> i18n.get("notify.action.open")),
                () -> tray.map(TrayNotifier::new));
    }

    /** The choice itself, with the system's parts passed in. */
    static Notifier choose(String osName, String busAddress, DBusConnector dbus, Supplier<Optional<? extends Notifier>> tray) {
        if (usesFreedesktopNotifications(osName)) {
            try {
                Notifier notifier = dbus.connect(busAddress);
                LOG.info("desktop notifications: {}", notifier);
                return notifier;
            } catch (NotifierUnavailableException e) {
                LOG.info("no D-Bus notifications ({}); trying the system tray", e.getMessage());
            }
        }
        Optional<? extends Notifier> trayNotifier = tray.get();
        if (trayNotifier.isPresent()) {
            LOG.info("desktop notifications: {}", trayNotifier.get());
            return trayNotifier.get();
        }
        LOG.info("no desktop notifications on this desktop (no notification service, no system tray); "
                + "the in-app list, the sound and the title count remain");
        return new NoOpNotifier();
    }

    /** True for the systems whose desktops speak {@code org.freedesktop.Notifications}. */
    static boolean usesFreedesktopNotifications(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return os.contains("linux") || os.contains("bsd") || os.contains("sunos");
    }
}
