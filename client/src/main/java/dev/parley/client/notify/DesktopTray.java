package dev.parley.client.notify;

import dev.parley.client.net.TaskExecutor;
import java.awt.AWTException;
import java.awt.Dimension;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parley's icon in the system tray ({@link SystemTray}), shared by {@link TrayNotifier} (its
 * balloon messages) and {@link AttentionIndicators} (its badge). Only where a tray exists: never
 * when AWT is headless (tests), never where {@link SystemTray#isSupported()} says no (GNOME
 * without an extension, for one). Every AWT call goes to the AWT event thread; clicks come back
 * on the UI thread through the {@link TaskExecutor}. A "click" is what AWT reports as the icon's
 * action: a double click on the icon, or a click on its balloon message (Windows).
 */
public final class DesktopTray implements TrayBalloons, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopTray.class);

    private final TrayIcon icon;
    private final BufferedImage base;
    private final List<Runnable> clickListeners = new CopyOnWriteArrayList<>();

    private DesktopTray(TrayIcon icon, BufferedImage base, TaskExecutor ui) {
        this.icon = icon;
        this.base = base;
        icon.addActionListener(e -> ui.onUiThread(() -> clickListeners.forEach(Runnable::run)));
    }

    /**
     * Puts the icon into the tray, or returns empty (logged at INFO) where there is none.
     * Waits for the AWT thread: call it once at start-up, not from the AWT thread.
     */
    public static Optional<DesktopTray> install(String tooltip, TaskExecutor ui) {
        if (GraphicsEnvironment.isHeadless()) {
            return Optional.empty();
        }
        AtomicReference<DesktopTray> made = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> {
                if (!SystemTray.isSupported()) {
                    LOG.info("this desktop has no system tray: no tray icon or tray badge");
                    return;
                }
                SystemTray tray = SystemTray.getSystemTray();
                Dimension size = tray.getTrayIconSize();
                BufferedImage base = BadgeImages.appIcon(Math.max(16, Math.min(size.width, size.height)));
                TrayIcon icon = new TrayIcon(base, tooltip);
                icon.setImageAutoSize(true);
                try {
                    tray.add(icon);
                    made.set(new DesktopTray(icon, base, ui));
                } catch (AWTException e) {
                    LOG.info("the system tray refused Parley's icon: {}", e.toString());
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException | RuntimeException | Error e) {
            // An AWT that cannot start (no display despite a non-headless setting) is no tray.
            LOG.info("no system tray: {}", e.toString());
        }
        return Optional.ofNullable(made.get());
    }

    /** Shows the badge for {@code unread} messages (none: the plain icon) and a new tooltip. */
    public void showBadge(int unread, boolean mention, String tooltip) {
        EventQueue.invokeLater(() -> {
            icon.setImage(BadgeImages.withBadge(base, unread, mention));
            icon.setToolTip(tooltip);
        });
    }

    @Override
    public void displayMessage(String caption, String text) {
        EventQueue.invokeLater(() -> icon.displayMessage(caption, text, TrayIcon.MessageType.NONE));
    }

    @Override
    public void addClickListener(Runnable listener) {
        clickListeners.add(listener);
    }

    @Override
    public void removeClickListener(Runnable listener) {
        clickListeners.remove(listener);
    }

    /** Takes the icon out of the tray. */
    @Override
    public void close() {
        clickListeners.clear();
        EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
    }
}
