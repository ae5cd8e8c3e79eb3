package dev.parley.client.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Content ids (the protocol's "content id": 64 lower-case hex digits of the SHA-256 of the stored
 * bytes). Everything the client fetches is checked against its id before it is used or cached, so
 * a damaged transfer or a damaged cache file is noticed and fetched again.
 */
final class ContentIds {
    private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");

    private ContentIds() {
    }

    /** Whether {@code id} has the form of a content id (and so is safe as a file name). */
    static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(byte[] bytes) {
        MessageDigest d = sha256();
        d.update(bytes);
        return hex(d);
    }

    static String of(Path file) throws IOException {
        MessageDigest d = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                d.update(buffer, 0, n);
            }
        }
        return hex(d);
    }
}
