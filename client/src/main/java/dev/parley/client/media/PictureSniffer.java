package dev.parley.client.media;

import dev.parley.protocol.model.Attachment;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether an item is sent as a {@code picture} or a {@code file}, by its content, never its
 * name (the server does the same and is the authority): PNG, JPEG and GIF whose header ImageIO can
 * read are pictures; WebP, which the server decodes but this runtime's ImageIO may not, counts as a
 * picture by its RIFF/WEBP signature. Anything else, including a damaged picture, is a file.
 */
final class PictureSniffer {
    private static final int SIGNATURE_BYTES = 16;

    /** What was found: the kind to upload as and, for pictures ImageIO reads, the dimensions. */
    record Sniffed(String kind, String format, int width, int height) {
        boolean isPicture() {
            return Attachment.PICTURE.equals(kind);
        }
    }

    private PictureSniffer() {
    }

    static Sniffed sniff(UploadSource source) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(SIGNATURE_BYTES);
        }
        String format = format(head);
        if (format == null) {
            return file();
        }
        try (InputStream in = source.open(); ImageInputStream iis = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = iis == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(iis);
            while (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    if (!reader.getFormatName().toLowerCase(Locale.ROOT).equals(format)) {
                        continue;
                    }
                    reader.setInput(iis, true, true);
                    int w = reader.getWidth(0);
                    int h = reader.getHeight(0);
                    if (w > 0 && h > 0) {
                        return new Sniffed(Attachment.PICTURE, format, w, h);
                    }
                } catch (IOException | RuntimeException e) {
                    return file();
                } finally {
                    reader.dispose();
                }
            }
        }
        return format.equals("webp") ? new Sniffed(Attachment.PICTURE, format, 0, 0) : file();
    }

    /** The picture format the first bytes announce, or null. */
    static String format(byte[] head) {
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "png";
        }
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) {
            return "jpeg";
        }
        if (startsWith(head, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(head, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return "gif";
        }
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
            return "webp";
        }
        return null;
    }

    private static Sniffed file() {
        return new Sniffed(Attachment.FILE, null, 0, 0);
    }

    private static boolean startsWith(byte[] data, int at, int... expected) {
        if (data.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
