package dev.parley.server.attachments;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EXIF orientation of a JPEG (how the camera was held), applied to the pixels before the
 * metadata is dropped. Re-encoding removes every metadata block, the orientation tag with the
 * rest; without this, every photo taken in portrait on a phone would show lying on its side.
 *
 * <p>Read with TwelveMonkeys' segment and TIFF readers; a missing, unreadable or out-of-range
 * tag means "as stored" (1), never a refusal: the pixels are what counts.
 */
final class ExifOrientation {
    private static final Logger LOG = LoggerFactory.getLogger(ExifOrientation.class);
    /** Stored as it should be shown. */
    static final int NORMAL = 1;

    private ExifOrientation() {
    }

    /** The orientation (1..8) of the JPEG in {@code file}; 1 when it has none. */
    static int read(Path file) {
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            // reads the segments before the image data only, a few KiB to 64 KiB each
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return NORMAL;
            }
            byte[] data;
            try (InputStream segment = exif.get(0).data()) {
                data = segment.readAllBytes();
            }
            // the identifier is "Exif" NUL NUL; the segment reader may leave the second NUL in place
            int start = data.length > 0 && data[0] == 0 ? 1 : 0;
            try (ImageInputStream tiff = new MemoryCacheImageInputStream(
                    new ByteArrayInputStream(data, start, data.length - start))) {
                Directory directory = new TIFFReader().read(tiff);
                Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
                if (entry == null || !(entry.getValue() instanceof Number n)) {
                    return NORMAL;
                }
                int value = n.intValue();
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("unreadable EXIF orientation, showing the picture as stored: {}", e.toString());
            return NORMAL;
        }
    }

    /**
     * {@code image} turned upright for {@code orientation} (a new image for 2..8; the same one
     * for 1). Exact pixel moves (nearest neighbour), so nothing is blurred.
     */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= NORMAL || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swaps = orientation >= 5;
        // x' = m00·x + m01·y + m02, y' = m10·x + m11·y + m12 (AffineTransform's argument order: m00 m10 m01 m11 m02 m12)
        AffineTransform t = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);   // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);   // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);    // transposed
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);   // turn 90° clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);  // transversed
            default -> new AffineTransform(0, -1, 1, 0, 0, w);  // 8: turn 90° counter-clockwise
        };
        int type = image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : image.getType();
        BufferedImage turned = new BufferedImage(swaps ? h : w, swaps ? w : h, type);
        Graphics2D g = turned.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.drawImage(image, t, null);
        } finally {
            g.dispose();
        }
        return turned;
    }
}
