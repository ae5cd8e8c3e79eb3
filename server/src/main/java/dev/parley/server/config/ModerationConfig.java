package dev.parley.server.config;

import java.net.InetAddress;
import java.util.List;

/**
 * Moderation and spam settings (specs ID-3, R-2, MOD-9), validated on construction. Rates are
 * token buckets: {@code burst} messages at once, refilled at {@code perMinute}; 0 switches a
 * limit off.
 *
 * @param guests                   whether people may log in as guests without an account
 * @param maxRoomsPerUser          rooms one user may own, 0..1000
 * @param userMessagesPerMinute    sustained messages per minute one user may send, 0 = no limit
 * @param userBurst                messages one user may send at once before the rate applies
 * @param addressMessagesPerMinute sustained messages per minute from one client address, 0 = no limit
 * @param addressBurst             messages at once from one address
 * @param floodRepeats             the same text this many times within {@code floodWindowSeconds}
 *                                 in one room mutes the sender there; 0 = off
 * @param floodWindowSeconds       the window for repeats, 1..3600
 * @param floodMuteMinutes         how long the automatic mute lasts, 1..10080
 * @param trustedProxies           IP addresses of reverse proxies whose {@code X-Forwarded-For}
 *                                 header names the real client; from anyone else it is ignored
 */
public record ModerationConfig(boolean guests, int maxRoomsPerUser, int userMessagesPerMinute, int userBurst,
                               int addressMessagesPerMinute, int addressBurst, int floodRepeats,
                               int floodWindowSeconds, int floodMuteMinutes, List<String> trustedProxies) {
    /** The defaults: no guests, 10 rooms each, 30/min (burst 10) per user, 120/min (burst 40) per address, flood 4 in 60 s → 10 min. */
    public static final ModerationConfig DEFAULTS = new ModerationConfig(false, 10, 30, 10, 120, 40, 4, 60, 10, List.of());

    /** No rate or flood limits (tests and benchmarks that send as fast as they can). */
    public static final ModerationConfig UNLIMITED = new ModerationConfig(false, 10, 0, 0, 0, 0, 0, 60, 10, List.of());

    public ModerationConfig {
        check("spam.maxRoomsPerUser", maxRoomsPerUser, 0, 1000);
        check("spam.userMessagesPerMinute", userMessagesPerMinute, 0, 100_000);
        check("spam.userBurst", userBurst, userMessagesPerMinute == 0 ? 0 : 1, 100_000);
        check("spam.addressMessagesPerMinute", addressMessagesPerMinute, 0, 1_000_000);
        check("spam.addressBurst", addressBurst, addressMessagesPerMinute == 0 ? 0 : 1, 1_000_000);
        check("spam.floodRepeats", floodRepeats, 0, 1000);
        if (floodRepeats == 1) {
            throw new ConfigException("spam.floodRepeats", "1", "0 (off) or 2..1000");
        }
        check("spam.floodWindowSeconds", floodWindowSeconds, 1, 3600);
        check("spam.floodMuteMinutes", floodMuteMinutes, 1, 10_080);
        trustedProxies = List.copyOf(trustedProxies == null ? List.of() : trustedProxies);
        for (String proxy : trustedProxies) {
            if (canonicalAddress(proxy) == null) {
                throw new ConfigException("trustedProxies[]", String.valueOf(proxy), "IPv4 or IPv6 address literals");
            }
        }
        trustedProxies = trustedProxies.stream().map(ModerationConfig::canonicalAddress).toList();
    }

    public ModerationConfig withGuests(boolean allowed) {
        return new ModerationConfig(allowed, maxRoomsPerUser, userMessagesPerMinute, userBurst, addressMessagesPerMinute,
                addressBurst, floodRepeats, floodWindowSeconds, floodMuteMinutes, trustedProxies);
    }

    public ModerationConfig withTrustedProxies(List<String> proxies) {
        return new ModerationConfig(guests, maxRoomsPerUser, userMessagesPerMinute, userBurst, addressMessagesPerMinute,
                addressBurst, floodRepeats, floodWindowSeconds, floodMuteMinutes, proxies);
    }

    /**
     * The canonical text of an IP address literal ({@code ::1} for {@code 0:0:0:0:0:0:0:1}), or
     * null when {@code text} is not one. Never resolves a host name: only digits, dots, colons
     * and hex reach {@link InetAddress}, which then parses without a lookup.
     */
    public static String canonicalAddress(String text) {
        if (text == null || text.isEmpty() || text.length() > 64 || !text.matches("[0-9A-Fa-f:.]+") || !text.matches(".*[.:].*")) {
            return null;
        }
        if (!text.contains(":") && !text.matches("((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)")) {
            // only dotted quads of 0..255 are IPv4 here: InetAddress would read "1.2.3" as 1.2.0.3
            // (inet_aton) and would look "10.0.0.256" up as a host name
            return null;
        }
        try {
            InetAddress address = InetAddress.getByName(text);
            // one spelling per address (IPv6 in Java's full form, IPv4-mapped IPv6 as IPv4), so a block
            // and a connection's address compare equal however they were written
            return address.getHostAddress();
        } catch (java.net.UnknownHostException e) {
            return null;
        }
    }

    private static void check(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw new ConfigException(key, Integer.toString(value), min + ".." + max);
        }
    }
}
