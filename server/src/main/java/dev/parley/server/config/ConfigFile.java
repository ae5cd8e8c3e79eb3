package dev.parley.server.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.parley.server.storage.Durability;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The server's YAML config file, as read: every key optional, so the command line and the
 * defaults can fill the gaps. Unknown keys are refused (a typo should stop start-up, not be
 * ignored), and every bad value is reported with its key, its value and what is allowed.
 *
 * <pre>
 * host: 0.0.0.0          # interface to bind
 * port: 8025             # TCP port, 0..65535
 * data: /var/lib/parley  # data directory
 * registration: open     # open | closed
 * loginTimeout: 30       # seconds a connection may stay open without logging in
 * durability: flush      # flush (survives kill -9) | fsync (also survives power loss)
 * maxConnectionsPerAddress: 200  # open connections one client address may hold
 * idleTimeout: 30        # seconds of silence (no frame, no pong) before a connection is dropped
 * guests: false          # allow logging in as a guest without an account
 * trustedProxies: []     # reverse proxies whose X-Forwarded-For header is believed
 * spam:                  # 0 switches a limit off
 *   userMessagesPerMinute: 30
 *   userBurst: 10
 *   addressMessagesPerMinute: 120
 *   addressBurst: 40
 *   floodRepeats: 4      # the same text this often within floodWindowSeconds mutes the sender
 *   floodWindowSeconds: 60
 *   floodMuteMinutes: 10
 *   maxRoomsPerUser: 10
 * uploads:
 *   maxPictureBytes: 10485760   # largest picture upload (bytes)
 *   maxFileBytes: 26214400      # largest file upload (bytes)
 *   maxPicturePixels: 25000000  # most pixels (width x height), checked before decoding
 * rooms:
 *   - name: general
 *     topic: Announcements
 *     slowmode: 0        # seconds between one user's messages, 0..86400
 * </pre>
 */
public record ConfigFile(String host, Integer port, String data, String registration, List<Room> rooms,
                         Integer loginTimeout, String durability, Integer maxConnectionsPerAddress, Integer idleTimeout,
                         Boolean guests, List<String> trustedProxies, Spam spam, Uploads uploads) {
    /** The keys a config file may have, for error messages. */
    static final String KEYS = "host, port, data, registration, rooms, loginTimeout, idleTimeout, durability, "
            + "maxConnectionsPerAddress, guests, trustedProxies, spam, uploads";
    static final String SPAM_KEYS = "userMessagesPerMinute, userBurst, addressMessagesPerMinute, addressBurst, "
            + "floodRepeats, floodWindowSeconds, floodMuteMinutes, maxRoomsPerUser";
    static final String UPLOADS_KEYS = "maxPictureBytes, maxFileBytes, maxPicturePixels";

    /** The {@code spam} section; absent keys take the defaults of {@link ModerationConfig#DEFAULTS}. */
    public record Spam(Integer userMessagesPerMinute, Integer userBurst, Integer addressMessagesPerMinute,
                       Integer addressBurst, Integer floodRepeats, Integer floodWindowSeconds, Integer floodMuteMinutes,
                       Integer maxRoomsPerUser) {
    }

    /** The {@code uploads} section; absent keys take the defaults of {@link UploadsConfig#DEFAULTS}. */
    public record Uploads(Long maxPictureBytes, Long maxFileBytes, Long maxPicturePixels) {
    }

    /** One entry under {@code rooms}. */
    public record Room(String name, String topic, Integer slowmode) {
    }

    /** An empty file: everything from the command line and the defaults. */
    public static ConfigFile empty() {
        return new ConfigFile(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static ConfigFile read(Path path) {
        String text;
        try {
            text = Files.readString(path);
        } catch (NoSuchFileException e) {
            throw new ConfigException("config file " + path + " does not exist", e);
        } catch (IOException e) {
            throw new ConfigException("config file " + path + " cannot be read: " + e.getMessage(), e);
        }
        return parse(text, path.toString());
    }

    static ConfigFile parse(String yaml, String source) {
        if (yaml.isBlank()) {
            return empty();
        }
        YAMLMapper mapper = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        try {
            ConfigFile file = mapper.readValue(yaml, ConfigFile.class);
            return file == null ? empty() : file;
        } catch (UnrecognizedPropertyException e) {
            String section = e.getPath().size() <= 1 ? null : e.getPath().get(0).getFieldName();
            String allowed = section == null ? KEYS
                    : "spam".equals(section) ? SPAM_KEYS : "uploads".equals(section) ? UPLOADS_KEYS : "name, topic, slowmode";
            throw new ConfigException(path(e), "(unknown key)", "one of: " + allowed);
        } catch (JsonMappingException e) {
            throw new ConfigException(path(e), String.valueOf(valueOf(e)), expected(path(e)));
        } catch (IOException e) {
            throw new ConfigException("config file " + source + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    /** Applies the file over the defaults; command-line overrides are applied by the caller. */
    public ServerConfig toConfig(Path defaultDataDir) {
        boolean open = true;
        if (registration != null) {
            switch (registration.toLowerCase(Locale.ROOT)) {
                case "open" -> open = true;
                case "closed" -> open = false;
                default -> throw new ConfigException("registration", registration, "open or closed (default open)");
            }
        }
        Durability level = durability == null ? Durability.FLUSH : Durability.parse(durability);
        if (level == null) {
            throw new ConfigException("durability", durability, "flush or fsync (default flush)");
        }
        List<RoomConfig> roomConfigs = new ArrayList<>();
        if (rooms != null) {
            for (Room r : rooms) {
                if (r == null) {
                    throw new ConfigException("rooms[]", "(empty entry)", "a room with name, topic, slowmode");
                }
                roomConfigs.add(new RoomConfig(r.name(), r.topic(), r.slowmode() == null ? 0 : r.slowmode()));
            }
        }
        return new ServerConfig(
                host == null ? ServerConfig.DEFAULT_HOST : host,
                port == null ? ServerConfig.DEFAULT_PORT : port,
                data == null ? defaultDataDir : Path.of(data),
                open,
                roomConfigs,
                loginTimeout == null ? ServerConfig.DEFAULT_LOGIN_TIMEOUT_SECONDS : loginTimeout,
                level,
                maxConnectionsPerAddress == null ? ServerConfig.DEFAULT_MAX_CONNECTIONS_PER_ADDRESS : maxConnectionsPerAddress,
                idleTimeout == null ? ServerConfig.DEFAULT_IDLE_TIMEOUT_SECONDS : idleTimeout,
                moderation(),
                uploadsConfig());
    }

    private UploadsConfig uploadsConfig() {
        UploadsConfig d = UploadsConfig.DEFAULTS;
        if (uploads == null) {
            return d;
        }
        return new UploadsConfig(or(uploads.maxPictureBytes(), d.maxPictureBytes()), or(uploads.maxFileBytes(), d.maxFileBytes()),
                or(uploads.maxPicturePixels(), d.maxPicturePixels()));
    }

    private static long or(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    private ModerationConfig moderation() {
        ModerationConfig d = ModerationConfig.DEFAULTS;
        Spam s = spam == null ? new Spam(null, null, null, null, null, null, null, null) : spam;
        return new ModerationConfig(guests == null ? d.guests() : guests,
                or(s.maxRoomsPerUser(), d.maxRoomsPerUser()),
                or(s.userMessagesPerMinute(), d.userMessagesPerMinute()), or(s.userBurst(), d.userBurst()),
                or(s.addressMessagesPerMinute(), d.addressMessagesPerMinute()), or(s.addressBurst(), d.addressBurst()),
                or(s.floodRepeats(), d.floodRepeats()), or(s.floodWindowSeconds(), d.floodWindowSeconds()),
                or(s.floodMuteMinutes(), d.floodMuteMinutes()),
                trustedProxies == null ? d.trustedProxies() : trustedProxies);
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "(file)" : sb.toString();
    }

    private static Object valueOf(JsonMappingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException ife) {
            return ife.getValue();
        }
        return "(wrong type)";
    }

    private static String expected(String key) {
        if (key.endsWith("port")) {
            return "an integer 0..65535";
        }
        if (key.equals("maxConnectionsPerAddress")) {
            return "an integer 1..1000000";
        }
        if (key.equals("loginTimeout") || key.equals("idleTimeout")) {
            return "an integer number of seconds 1..3600";
        }
        if (key.endsWith("slowmode")) {
            return "an integer number of seconds 0..86400";
        }
        if (key.startsWith("uploads")) {
            return key.endsWith("Pixels") ? "an integer number of pixels 1..100000000"
                    : "an integer number of bytes (see the documented range)";
        }
        if (key.startsWith("spam")) {
            return "an integer (see the documented range)";
        }
        if (key.equals("guests")) {
            return "true or false";
        }
        if (key.startsWith("trustedProxies")) {
            return "a list of IP addresses";
        }
        if (key.equals("rooms")) {
            return "a list of rooms with name, topic, slowmode";
        }
        return "a text value";
    }
}
