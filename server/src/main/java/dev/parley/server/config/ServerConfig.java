package dev.parley.server.config;

import dev.parley.server.storage.Durability;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything the server needs to start, immutable and validated on construction.
 *
 * @param host             interface to bind: {@code 0.0.0.0} for every interface (a team
 *                         server), {@code 127.0.0.1} for this machine only (tests)
 * @param port             TCP port, 0..65535; 0 picks a free port (tests)
 * @param dataDir          directory for the H2 database and other server data; created if missing
 * @param registrationOpen whether anyone who can reach the server may register an account
 * @param rooms            the fixed public rooms (spec R-1); names must be unique
 * @param loginTimeoutSeconds how long a connection may stay open without logging in, 1..3600
 * @param durability       what an acknowledged message survives: process kill (flush) or power loss (fsync)
 * @param maxConnectionsPerAddress open WebSocket connections one client address may hold, 1..1000000
 * @param idleTimeoutSeconds a connection from which nothing (not even a pong to the server's
 *                         pings) arrived for this long is dropped, 3..3600; pings go out at a
 *                         third of it
 * @param moderation       guests, room limits, spam limits and trusted proxies
 * @param uploads          size and pixel limits of pictures and files
 */
public record ServerConfig(String host, int port, Path dataDir, boolean registrationOpen, List<RoomConfig> rooms,
                           int loginTimeoutSeconds, Durability durability, int maxConnectionsPerAddress,
                           int idleTimeoutSeconds, ModerationConfig moderation, UploadsConfig uploads) {
    /** Port used when none is given. */
    public static final int DEFAULT_PORT = 8025;
    /** Interface bound when none is given: all of them, so the team can reach the server. */
    public static final String DEFAULT_HOST = "0.0.0.0";
    /** Rooms a server starts with when its config names none. */
    public static final List<RoomConfig> DEFAULT_ROOMS = List.of(
            new RoomConfig("general", "Announcements and everything about work", 0),
            new RoomConfig("random", "Everything else", 0));

    /** Connections one address may hold when none is configured: a team behind one NAT fits. */
    public static final int DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 200;
    /** Seconds of silence after which a connection is considered dead, when none is configured. */
    public static final int DEFAULT_IDLE_TIMEOUT_SECONDS = 30;
    /** Seconds a connection may stay open without logging in, when none is configured. */
    public static final int DEFAULT_LOGIN_TIMEOUT_SECONDS = 30;

    public ServerConfig {
        if (loginTimeoutSeconds < 1 || loginTimeoutSeconds > 3600) {
            throw new ConfigException("loginTimeout", Integer.toString(loginTimeoutSeconds),
                    "1..3600 seconds (default " + DEFAULT_LOGIN_TIMEOUT_SECONDS + ")");
        }
        if (host == null || host.isBlank()) {
            throw new ConfigException("host", String.valueOf(host), "an interface address or host name, e.g. 0.0.0.0 or 127.0.0.1");
        }
        if (port < 0 || port > 65_535) {
            throw new ConfigException("port", Integer.toString(port), "0..65535 (default " + DEFAULT_PORT + ", 0 = any free port)");
        }
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(durability, "durability");
        moderation = moderation == null ? ModerationConfig.DEFAULTS : moderation;
        uploads = uploads == null ? UploadsConfig.DEFAULTS : uploads;
        if (idleTimeoutSeconds < 3 || idleTimeoutSeconds > 3600) {
            throw new ConfigException("idleTimeout", Integer.toString(idleTimeoutSeconds),
                    "3..3600 seconds (default " + DEFAULT_IDLE_TIMEOUT_SECONDS + ")");
        }
        if (maxConnectionsPerAddress < 1 || maxConnectionsPerAddress > 1_000_000) {
            throw new ConfigException("maxConnectionsPerAddress", Integer.toString(maxConnectionsPerAddress),
                    "1..1000000 (default " + DEFAULT_MAX_CONNECTIONS_PER_ADDRESS + ")");
        }
        rooms = List.copyOf(rooms == null || rooms.isEmpty() ? DEFAULT_ROOMS : rooms);
        var seen = new java.util.HashSet<String>();
        for (RoomConfig room : rooms) {
            if (!seen.add(room.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new ConfigException("rooms[].name", room.name(), "unique room names (case-insensitive)");
            }
        }
    }

    /** A config with the default login timeout. */
    public ServerConfig(String host, int port, Path dataDir, boolean registrationOpen, List<RoomConfig> rooms) {
        this(host, port, dataDir, registrationOpen, rooms, DEFAULT_LOGIN_TIMEOUT_SECONDS, Durability.FLUSH,
                DEFAULT_MAX_CONNECTIONS_PER_ADDRESS, DEFAULT_IDLE_TIMEOUT_SECONDS, ModerationConfig.DEFAULTS, UploadsConfig.DEFAULTS);
    }

    /**
     * A server on loopback and a free port with the default rooms and no rate or flood limits:
     * what tests start from (they send as fast as they can; spam tests switch limits on).
     */
    public static ServerConfig loopback(Path dataDir) {
        return new ServerConfig("127.0.0.1", 0, dataDir, true, DEFAULT_ROOMS).withModeration(ModerationConfig.UNLIMITED);
    }

    public ServerConfig withHost(String newHost) {
        return new ServerConfig(newHost, port, dataDir, registrationOpen, rooms, loginTimeoutSeconds, durability, maxConnectionsPerAddress, idleTimeoutSeconds, moderation, uploads);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, registrationOpen, rooms, loginTimeoutSeconds, durability, maxConnectionsPerAddress, idleTimeoutSeconds, moderation, uploads);
    }

    public ServerConfig withDataDir(Path newDataDir) {
        return new ServerConfig(host, port, newDataDir, registrationOpen, rooms, loginTimeoutSeconds, durability, maxConnectionsPerAddress, idleTimeoutSeconds, moderation, uploads);
    }

    public ServerConfig withRooms(List<RoomConfig> newRooms) {
        return new ServerConfig(host, port, dataDir, registrationOpen, newRooms, loginTimeoutSeconds, durability, maxConnectionsPerAddress, idleTimeoutSeconds, moderation, uploads);
    }

    public ServerConfig withRegistrationOpen(boolean open) {
        return new ServerConfig(host, port, dataDir, open, rooms, loginTimeoutSeconds, durability, maxConnectionsPerAddress, idleTimeoutSeconds, moderation, uploads);
    }

    public ServerConfig withLoginTimeoutSeconds(int seconds) {
        return new ServerConfig(host, port, dataDir, registrationOpen, rooms, seconds, durability, maxConnectionsPerAddress, idleTimeoutSeconds, moderation, uploads);
    }

    public ServerConfig withMaxConnectionsPerAddress(int max) {
        return new ServerConfig(host, port, dataDir, registrationOpen, rooms, loginTimeoutSeconds, durability, max, idleTimeoutSeconds, moderation, uploads);
    }

    public ServerConfig withIdleTimeoutSeconds(int seconds) {
        return new ServerConfig(host, port, dataDir, registrationOpen, rooms, loginTimeoutSeconds, durability,
                maxConnectionsPerAddress, seconds, moderation, uploads);
    }

    public ServerConfig withDurability(Durability newDurability) {
        return new ServerConfig(host, port, dataDir, registrationOpen, rooms, loginTimeoutSeconds, newDurability, maxConnectionsPerAddress, idleTimeoutSeconds, moderation, uploads);
    }

    public ServerConfig withModeration(ModerationConfig newModeration) {
        return new ServerConfig(host, port, dataDir, registrationOpen, rooms, loginTimeoutSeconds, durability,
                maxConnectionsPerAddress, idleTimeoutSeconds, newModeration, uploads);
    }

    public ServerConfig withUploads(UploadsConfig newUploads) {
        return new ServerConfig(host, port, dataDir, registrationOpen, rooms, loginTimeoutSeconds, durability,
                maxConnectionsPerAddress, idleTimeoutSeconds, moderation, newUploads);
    }

    /** Whether guests may log in (spec ID-3). */
    public ServerConfig withGuests(boolean allowed) {
        return withModeration(moderation.withGuests(allowed));
    }
}
