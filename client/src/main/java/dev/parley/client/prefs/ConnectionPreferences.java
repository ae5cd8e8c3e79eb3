package dev.parley.client.prefs;

import java.nio.file.Path;
import java.util.Properties;

/**
 * What the login screen remembers between runs (spec UX-6): the server address and the user
 * name; and the last guest name and colour the server granted (spec ID-3), asked for again on the
 * next guest login. The password is never stored. Thread-safe: saved from background tasks.
 */
public final class ConnectionPreferences {
    public static final String DEFAULT_ADDRESS = "localhost:8025";
    private static final String ADDRESS = "server.address";
    private static final String USERNAME = "user.name";
    private static final String GUEST_NAME = "guest.name";
    private static final String GUEST_COLOR = "guest.color";

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

    /** The guest name the server granted last time, or null. */
    public synchronized String guestName() {
        String n = values.getProperty(GUEST_NAME, "");
        return n.isBlank() ? null : n;
    }

    /** The guest name colour the server granted last time ({@code #rrggbb}), or null. */
    public synchronized String guestColor() {
        String c = values.getProperty(GUEST_COLOR, "");
        return c.isBlank() ? null : c;
    }

    /** Remembers a guest login: the address and what the server granted (disk I/O: call off the UI thread). */
    public synchronized void rememberGuest(String address, String name, String color) {
        values.setProperty(ADDRESS, address);
        if (name != null) {
            values.setProperty(GUEST_NAME, name);
        }
        if (color != null) {
            values.setProperty(GUEST_COLOR, color);
        }
        file.save(values);
    }
}
