package dev.parley.client.notify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Picks, from a D-Bus address list such as {@code DBUS_SESSION_BUS_ADDRESS}, the one address
 * the client can connect to, before dbus-java is asked: a {@code unix:path=} whose socket exists,
 * or {@code unix:runtime=yes} ({@code $XDG_RUNTIME_DIR/bus}), or a {@code tcp:} address. Checking
 * first keeps the usual misses fast and quiet (a stale address left by a closed session, an
 * abstract socket, which the JDK's unix sockets cannot reach): a clear reason instead of a
 * library stack trace and a connect timeout.
 */
final class SessionBusAddress {
    private SessionBusAddress() {
    }

    /** The first usable address of {@code addresses} (separated by {@code ;}), or the reason there is none. */
    static String usable(String addresses, String xdgRuntimeDir) throws NotifierUnavailableException {
        if (addresses == null || addresses.isBlank()) {
            throw new NotifierUnavailableException("no session bus: DBUS_SESSION_BUS_ADDRESS is not set");
        }
        StringBuilder why = new StringBuilder();
        for (String address : addresses.split(";")) {
            String a = address.strip();
            if (a.isEmpty()) {
                continue;
            }
            int colon = a.indexOf(':');
            String transport = colon < 0 ? a : a.substring(0, colon);
            Map<String, String> keys = keys(colon < 0 ? "" : a.substring(colon + 1));
            if (transport.equals("tcp")) {
                return a;
            }
            if (transport.equals("unix")) {
                Path socket = keys.containsKey("path") ? Path.of(keys.get("path"))
                        : "yes".equals(keys.get("runtime")) && xdgRuntimeDir != null ? Path.of(xdgRuntimeDir, "bus")
                        : null;
                if (socket != null && Files.exists(socket)) {
                    return "unix:path=" + socket + (keys.containsKey("guid") ? ",guid=" + keys.get("guid") : "");
                }
                why.append(socket != null ? "no bus socket at " + socket
                        : keys.containsKey("abstract") ? "abstract socket addresses are not supported (" + a + ")"
                        : "unusable address " + a).append("; ");
            } else {
                why.append("unsupported transport ").append(a).append("; ");
            }
        }
        throw new NotifierUnavailableException(why.length() == 0 ? "empty bus address"
                : why.substring(0, why.length() - 2));
    }

    /** The {@code key=value} pairs of one address; values are unescaped ({@code %xx}). */
    private static Map<String, String> keys(String pairs) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String pair : pairs.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                keys.put(pair.substring(0, eq), unescape(pair.substring(eq + 1)));
            }
        }
        return keys;
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                try {
                    out.append((char) Integer.parseInt(value.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape: keep the character
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
