package dev.parley.server.attachments;

import java.util.Optional;

/**
 * The picture formats Parley takes (spec M-10), recognised by their first bytes (magic numbers),
 * never by a file name or a type the client claims: a text file called {@code cat.png} is no
 * PNG. {@link #formatName} picks the ImageIO reader, so ImageIO's own sniffing (which would also
 * take BMP, TIFF and whatever else a plug-in on the class path reads) is never consulted.
 */
enum PictureType {
    PNG("png"),
    JPEG("jpeg"),
    GIF("gif"),
    /** Read by the TwelveMonkeys {@code imageio-webp} plug-in (the JDK has no WebP reader). */
    WEBP("webp");

    /** Bytes {@link #sniff} needs to tell every format apart. */
    static final int HEAD_BYTES = 12;

    private final String formatName;

    PictureType(String formatName) {
        this.formatName = formatName;
    }

    /** The ImageIO format name of this type's reader. */
    String formatName() {
        return formatName;
    }

    /** The type whose signature {@code head} (the first bytes of the content) starts with, if any. */
    static Optional<PictureType> sniff(byte[] head, int length) {
        if (startsWith(head, length, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, length, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, length, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, length, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of(GIF);
        }
        // RIFF container: "RIFF", 4 bytes of length, "WEBP"
        if (startsWith(head, length, 'R', 'I', 'F', 'F') && length >= 12
                && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, int length, int... signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
