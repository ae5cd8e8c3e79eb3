package dev.parley.server.config;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Per-user directories for Parley's data, following each desktop's convention: Linux
 * {@code $XDG_DATA_HOME/parley} (else {@code ~/.local/share/parley}), macOS
 * {@code ~/Library/Application Support/Parley}, Windows {@code %APPDATA%\Parley}. The system
 * property {@code parley.home} overrides all of them (tests, portable installs).
 */
public final class DataDirs {
    private DataDirs() {
    }

    /** The root of Parley's per-user data. */
    public static Path userDataRoot() {
        String override = System.getProperty("parley.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String home = System.getProperty("user.home");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "Parley");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Parley");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "parley") : Path.of(home, ".local", "share", "parley");
    }

    /** Where {@code parley server} keeps its database when no {@code --data} is given. */
    public static Path defaultServerDir() {
        return userDataRoot().resolve("server");
    }
}
