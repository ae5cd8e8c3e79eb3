package dev.parley.client.prefs;

import java.nio.file.Path;
import java.util.Properties;

/**
 * What the login screen remembers between runs (spec UX-6): the server address and the user
 * name. The password is never stored. Thread-safe: saved from background tasks.
 */
public final class ConnectionPreferences {
    public static final String DEFAULT_ADDRESS = "localhost:8025";
    private static final String ADDRESS = "server.address";
    private static final String USERNAME = "user.name";

    private final PropertiesFile file;
    private final Properties values;

    public ConnectionPreferences(Path configDir) {
        this.file = new PropertiesFile(configDir.resolve("connection.properties"));
        this.values = file.load();
    }

    public synchronized String serverAddress() {
        String a = values.getProperty(ADDRESS, "");
        return a.isBlank() ? DEFAULT_ADDRESS : a;
    }

    public synchronized String username() {
        return values.getProperty(USERNAME, "");
    }

    /** Remembers a successful login and writes the file (disk I/O: call off the UI thread). */
    public synchronized void remember(String address, String username) {
        values.setProperty(ADDRESS, address);
        values.setProperty(USERNAME, username);
        file.save(values);
    }
}
