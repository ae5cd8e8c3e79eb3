package dev.parley.server.attachments;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * The checks a picture passes before a pixel of it is decoded (spec M-10): its type from its
 * first bytes ({@link PictureType}), then its dimensions from its header through an
 * {@link ImageReader} ({@code getWidth}/{@code getHeight} read the PNG IHDR chunk, the JPEG SOF
 * segment, the GIF image descriptor, the WebP VP8 header, and nothing after), refused above the
 * pixel limit. A decoder allocates its image from these dimensions, so this is what stops a
 * 1 KB file declaring 100,000 × 100,000 pixels from asking for 40 GB.
 *
 * <p>Hazard: nothing here may call {@code read}; reading the header is cheap only while no
 * pixel data is touched ({@code PictureInspectorTest} measures the bytes allocated).
 */
final class PictureInspector {
    /** What the header says: the type and the dimensions of the first frame. */
    record Inspected(PictureType type, int width, int height) {
        long pixels() {
            return (long) width * height;
        }
    }

    private PictureInspector() {
    }

    /**
     * The type and size of the picture in {@code file}: {@code unsupported_picture} when the
     * content is not PNG, JPEG, GIF or WebP or its header cannot be read,
     * {@code picture_too_large} (with {@code max}) above {@code maxPixels}.
     */
    static Inspected inspect(Path file, long maxPixels) {
        PictureType type = sniff(file);
        ImageReader reader = reader(type);
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw unsupported(null);
            }
            if ((long) width * height > maxPixels) {
                throw new ParleyException(ErrorCode.PICTURE_TOO_LARGE, Map.of("max", Long.toString(maxPixels)));
            }
            return new Inspected(type, width, height);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ParleyException pe) {
                throw pe;
            }
            // a broken header, a truncated file, a plug-in failing on hostile input
            throw unsupported(e);
        } finally {
            reader.dispose();
        }
    }

    /** The type the content's first bytes name; {@code unsupported_picture} for anything else. */
    static PictureType sniff(Path file) {
        byte[] head = new byte[PictureType.HEAD_BYTES];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw unsupported(e);
        }
        return PictureType.sniff(head, n).orElseThrow(() -> unsupported(null));
    }

    /** A fresh reader for {@code type} (readers keep state: one per picture, disposed after). */
    static ImageReader reader(PictureType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.formatName());
        if (!readers.hasNext()) {
            // WebP without its plug-in on the class path: the server cannot read it
            throw unsupported(null);
        }
        return readers.next();
    }

    static ParleyException unsupported(Throwable cause) {
        return cause == null ? new ParleyException(ErrorCode.UNSUPPORTED_PICTURE)
                : new ParleyException(ErrorCode.UNSUPPORTED_PICTURE, Map.of(), cause);
    }
}
