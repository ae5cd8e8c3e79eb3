package dev.parley.client.prefs;

import java.nio.file.Path;
import java.util.Properties;

/**
 * How the client gets the user's attention (spec A-3), remembered between runs: for now whether
 * a new message plays a sound. Which conversations notify at all (spec A-4) is a server-side
 * setting per room, not kept here. Thread-safe: read by the sound thread, saved from background
 * tasks. A missing or unknown value means the default (sound on).
 */
public final class NotificationPreferences {
    private static final String SOUND = "sound.enabled";

    private final PropertiesFile file;
    private final Properties values;

    public NotificationPreferences(Path configDir) {
        this.file = new PropertiesFile(configDir.resolve("notifications.properties"));
        this.values = file.load();
    }

    public synchronized boolean soundEnabled() {
        return !"false".equals(values.getProperty(SOUND));
    }

    /** Remembers the choice and writes the file (disk I/O: call off the UI thread). */
    public synchronized void saveSoundEnabled(boolean enabled) {
        values.setProperty(SOUND, Boolean.toString(enabled));
        file.save(values);
    }
}
