package dev.parley.client.media;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Set;

/**
 * Where a downloaded file lands on the user's disk: the name offered in the save dialog made safe
 * (the uploader chose it, so it may try {@code ../../.bashrc}, control characters or a device name),
 * and a write that goes through a temporary file beside the target, so the chosen name holds
 * either the complete, verified content or nothing. Saved files are never opened or run.
 */
final class SavedFiles {
    /** Names Windows reserves for devices, whatever the extension. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final int MAX_NAME_CHARS = 200;
    static final String FALLBACK_NAME = "download";

    private SavedFiles() {
    }

    /**
     * A file name safe to offer: the last path element only, without control or format characters,
     * without characters that are not allowed in Windows names, not hidden (no leading dot), not a
     * reserved device name, at most 200 characters (keeping the extension), never empty.
     */
    static String sanitize(String name) {
        String s = name == null ? "" : name;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = s.substring(slash + 1);
        StringBuilder clean = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || type == Character.UNASSIGNED) {
                return;
            }
            clean.appendCodePoint("<>:\"|?*".indexOf(cp) >= 0 ? '_' : cp);
        });
        s = clean.toString().strip();
        while (s.startsWith(".")) {
            s = s.substring(1);
        }
        while (s.endsWith(".") || s.endsWith(" ")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.codePointCount(0, s.length()) > MAX_NAME_CHARS) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 16 ? s.substring(dot) : "";
            String base = s.substring(0, s.length() - ext.length());
            base = base.substring(0, base.offsetByCodePoints(0, MAX_NAME_CHARS - ext.length()));
            s = base + ext;
        }
        String stem = (s.contains(".") ? s.substring(0, s.indexOf('.')) : s).strip().toLowerCase(Locale.ROOT);
        if (RESERVED.contains(stem)) {
            s = "_" + s;
        }
        return s.isEmpty() ? FALLBACK_NAME : s;
    }

    /**
     * The name to offer when saving a picture: the server re-encodes pictures, so the stored bytes
     * may be PNG or JPEG whatever the uploaded name said; the extension follows the content.
     */
    static String pictureName(String name, String type) {
        String safe = sanitize(name);
        String ext = "image/jpeg".equals(type) ? ".jpg" : "image/png".equals(type) ? ".png" : null;
        if (ext == null) {
            return safe;
        }
        String lower = safe.toLowerCase(Locale.ROOT);
        if (lower.endsWith(ext) || (ext.equals(".jpg") && lower.endsWith(".jpeg"))) {
            return safe;
        }
        int dot = safe.lastIndexOf('.');
        return (dot > 0 ? safe.substring(0, dot) : safe) + ext;
    }

    static Path tempBeside(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        return Files.createTempFile(dir, ".parley-", ".part");
    }

    static void moveInto(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
