package dev.parley.client.prefs;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The theme and the UI language, remembered between runs. Thread-safe: saved from background
 * tasks. An unknown stored value falls back to the default rather than failing start-up.
 */
public final class AppearancePreferences {
    private static final String THEME = "theme";
    private static final String LANGUAGE = "language";

    private final PropertiesFile file;
    private final Properties values;

    /** The two themes of spec UX-1. */
    public enum Theme { LIGHT, DARK }

    public AppearancePreferences(Path configDir) {
        this.file = new PropertiesFile(configDir.resolve("appearance.properties"));
        this.values = file.load();
    }

    public synchronized Theme theme() {
        return "dark".equals(values.getProperty(THEME)) ? Theme.DARK : Theme.LIGHT;
    }

    /** The remembered language, or the system's when none was chosen. */
    public synchronized Locale language() {
        String tag = values.getProperty(LANGUAGE, "");
        return tag.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    /** Writes the file (disk I/O: call off the UI thread). */
    public synchronized void save(Theme theme, Locale language) {
        values.setProperty(THEME, theme == Theme.DARK ? "dark" : "light");
        values.setProperty(LANGUAGE, language.toLanguageTag());
        file.save(values);
    }
}
