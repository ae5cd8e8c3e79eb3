package dev.parley.client.notify;

import dev.parley.client.net.TaskExecutor;
import dev.parley.client.prefs.NotificationPreferences;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the menu bar's notification menu shows and does: the entries of the {@link
 * NotificationCenter} and their unread count (Properties), opening an entry, marking all read,
 * clearing, and the sound switch, which is saved in {@link NotificationPreferences} off the UI
 * thread (Commands).
 */
public final class NotificationMenuViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationMenuViewModel.class);

    private final NotificationCenter center;
    private final BooleanProperty soundEnabled;

    public NotificationMenuViewModel(NotificationCenter center, NotificationPreferences preferences, TaskExecutor executor) {
        this.center = center;
        this.soundEnabled = new SimpleBooleanProperty(this, "soundEnabled", preferences.soundEnabled());
        soundEnabled.addListener((obs, old, now) -> executor.run(() -> {
            preferences.saveSoundEnabled(now);
            return null;
        }, done -> { }, e -> LOG.warn("cannot save the notification sound setting: {}", e.toString())));
    }

    // Properties

    public ObservableList<NotificationEntry> entries() {
        return center.entries();
    }

    public ReadOnlyIntegerProperty unreadCountProperty() {
        return center.unreadCountProperty();
    }

    /** Whether new messages chime; changing it saves the preference. */
    public BooleanProperty soundEnabledProperty() {
        return soundEnabled;
    }

    // Commands

    /** Opens the entry's message (and marks it read). */
    public void open(NotificationEntry entry) {
        center.activate(entry);
    }

    public void markAllRead() {
        center.markAllRead();
    }

    public void clear() {
        center.clear();
    }
}
