package dev.parley.server.config;

/**
 * A configuration value that cannot be used. The message names the key, the bad value and what
 * is allowed, so the operator can fix the file without reading code; start-up stops on it.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String key;

    public ConfigException(String key, String value, String allowed) {
        super("config key '" + key + "' has value '" + value + "'; allowed: " + allowed);
        this.key = key;
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
    }

    /** The offending key, or null when the whole file is unreadable. */
    public String key() {
        return key;
    }
}
