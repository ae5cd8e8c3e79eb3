package dev.parley.client.notify;

import dev.parley.client.i18n.Localization;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * Everything that shows "something is unread" outside the message list (spec A-3): the count
 * in the window title ("(3) Parley"), the badge on the tray icon, and the badge on the
 * taskbar or dock icon, through {@link TaskbarBadge} where the platform has one and as a badged
 * window icon elsewhere (Windows and most Linux taskbars show the window's icon). The chat
 * tells it the totals with {@link #update}; it decides nothing about what counts as unread.
 *
 * <p>Call from the UI thread. Tray and taskbar calls go on to the AWT thread by themselves;
 * without a display (headless tests) there is no tray and no taskbar, and the title and the
 * window icon still follow.
 */
public final class AttentionIndicators {
    /** The window icon sizes handed to the stage; the desktop picks the one it needs. */
    static final List<Integer> WINDOW_ICON_SIZES = List.of(16, 32, 64, 128);

    private final Localization i18n;
    private final Optional<DesktopTray> tray;
    private final TaskbarBadge taskbar;
    private final ReadOnlyIntegerWrapper unread = new ReadOnlyIntegerWrapper(this, "unread");
    private final ReadOnlyBooleanWrapper mention = new ReadOnlyBooleanWrapper(this, "mention");
    private Stage stage;

    public AttentionIndicators(Localization i18n, Optional<DesktopTray> tray, TaskbarBadge taskbar) {
        this.i18n = i18n;
        this.tray = tray;
        this.taskbar = taskbar;
    }

    /**
     * The totals changed: {@code unread} messages across all conversations, {@code mention}
     * when one of them mentions the user (or is a private message: the caller decides).
     */
    public void update(int unreadCount, boolean anyMention) {
        int count = Math.max(0, unreadCount);
        boolean hot = count > 0 && anyMention;
        if (count == unread.get() && hot == mention.get()) {
            return;
        }
        unread.set(count);
        mention.set(hot);
        tray.ifPresent(t -> t.showBadge(count, hot, trayTooltip(i18n, count)));
        if (taskbar.supported()) {
            taskbar.show(count);
        } else if (stage != null) {
            stage.getIcons().setAll(windowIcons(count, hot));
        }
    }

    /**
     * Gives {@code stage} Parley's window icon, badged while anything is unread where the
     * taskbar has no badge of its own. The title is separate: bind it to {@link #windowTitle}.
     */
    public void attachTo(Stage target) {
        this.stage = target;
        target.getIcons().setAll(windowIcons(taskbar.supported() ? 0 : unread.get(), mention.get()));
    }

    /**
     * The window title: {@code base} (from the bundle, the view composes it) with the unread
     * count in front while there is any, following the count and the language.
     */
    public StringBinding windowTitle(ObservableValue<String> base) {
        return Bindings.createStringBinding(() -> title(i18n, unread.get(), base.getValue()),
                unread, base, i18n.localeProperty());
    }

    /** "(3) Parley — #general" for 3 unread, {@code base} alone for none; the count in the locale's digits. */
    public static String title(Localization i18n, int unread, String base) {
        String b = base == null ? "" : base;
        return unread <= 0 ? b : i18n.get("window.title.unread", unread, b);
    }

    static String trayTooltip(Localization i18n, int unread) {
        return unread <= 0 ? i18n.get("app.name") : i18n.get("tray.tooltip.unread", unread);
    }

    public ReadOnlyIntegerProperty unreadProperty() {
        return unread.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty mentionProperty() {
        return mention.getReadOnlyProperty();
    }

    /** The window icons for the given totals (plain for none). */
    static List<Image> windowIcons(int count, boolean hot) {
        return WINDOW_ICON_SIZES.stream().map(size -> {
            BufferedImage img = BadgeImages.withBadge(BadgeImages.appIcon(size), count, hot);
            return (Image) SwingFXUtils.toFXImage(img, null);
        }).toList();
    }
}
