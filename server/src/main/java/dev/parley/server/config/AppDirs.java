package dev.parley.server.config;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Parley's per-user directories, the one place that knows each desktop's convention: a config
 * directory (client preferences) and a data directory (databases of {@code parley server} and of
 * the client's "Host a chat"). Linux follows XDG, macOS {@code ~/Library/Application Support},
 * Windows {@code %APPDATA%} / {@code %LOCALAPPDATA%}. The system property {@code parley.home} puts
 * everything under one directory (tests, portable installs).
 *
 * @param config directory of the preferences files
 * @param data   directory of the data Parley owns
 */
public record AppDirs(Path config, Path data) {
    public static final String HOME_PROPERTY = "parley.home";

    /** The directories for this process, from system properties and the environment. */
    public static AppDirs resolve() {
        return resolve(System.getProperties().getProperty(HOME_PROPERTY), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    static AppDirs resolve(String override, String osName, String userHome, Map<String, String> env) {
        if (override != null && !override.isBlank()) {
            Path home = Path.of(override);
            return new AppDirs(home.resolve("config"), home.resolve("data"));
        }
        Path home = Path.of(userHome);
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            Path appData = env.get("APPDATA") != null ? Path.of(env.get("APPDATA")) : home.resolve("AppData/Roaming");
            Path local = env.get("LOCALAPPDATA") != null ? Path.of(env.get("LOCALAPPDATA")) : home.resolve("AppData/Local");
            return new AppDirs(appData.resolve("Parley"), local.resolve("Parley"));
        }
        if (os.contains("mac")) {
            Path support = home.resolve("Library/Application Support/Parley");
            return new AppDirs(support, support);
        }
        Path config = xdg(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        Path data = xdg(env, "XDG_DATA_HOME", home.resolve(".local/share"));
        return new AppDirs(config.resolve("parley"), data.resolve("parley"));
    }

    /** Where {@code parley server} keeps its database when no {@code --data} is given. */
    public Path serverData() {
        return data.resolve("server");
    }

    /** The hosted server's data directory ("Host a chat"). */
    public Path hostedServerData() {
        return data.resolve("hosted");
    }

    private static Path xdg(Map<String, String> env, String name, Path fallback) {
        String value = env.get(name);
        // The XDG spec says relative values are invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }
}
