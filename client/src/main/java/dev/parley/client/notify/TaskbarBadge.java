package dev.parley.client.notify;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Taskbar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unread count on the application's taskbar or dock icon through {@link Taskbar}, where the
 * platform supports a badge ({@code ICON_BADGE_NUMBER} or {@code ICON_BADGE_TEXT}: the macOS
 * dock, Linux desktops with the Unity launcher API). Elsewhere {@link #supported()} is false
 * and {@link AttentionIndicators} badges the window icon instead. Calls go to the AWT thread.
 */
public final class TaskbarBadge {
    private static final Logger LOG = LoggerFactory.getLogger(TaskbarBadge.class);
    private static final TaskbarBadge NONE = new TaskbarBadge(null);

    private final Taskbar taskbar;

    private TaskbarBadge(Taskbar taskbar) {
        this.taskbar = taskbar;
    }

    /** The badge of this desktop, or an unsupported one (headless, no taskbar, no badge feature). */
    public static TaskbarBadge detect() {
        if (GraphicsEnvironment.isHeadless()) {
            return NONE;
        }
        try {
            if (Taskbar.isTaskbarSupported()) {
                Taskbar taskbar = Taskbar.getTaskbar();
                if (taskbar.isSupported(Taskbar.Feature.ICON_BADGE_NUMBER)
                        || taskbar.isSupported(Taskbar.Feature.ICON_BADGE_TEXT)) {
                    return new TaskbarBadge(taskbar);
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.info("no taskbar badge: {}", e.toString());
        }
        return NONE;
    }

    /** A badge that is never supported (tests, headless). */
    public static TaskbarBadge none() {
        return NONE;
    }

    public boolean supported() {
        return taskbar != null;
    }

    /** Shows {@code unread} on the icon, or clears the badge at zero. */
    public void show(int unread) {
        if (taskbar == null) {
            return;
        }
        String text = unread <= 0 ? null : unread > 99 ? "99+" : Integer.toString(unread);
        EventQueue.invokeLater(() -> {
            try {
                taskbar.setIconBadge(text);
            } catch (RuntimeException e) {
                LOG.debug("setting the taskbar badge failed", e);
            }
        });
    }
}
