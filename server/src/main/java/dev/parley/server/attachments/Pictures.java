package dev.parley.server.attachments;

import dev.parley.protocol.Limits;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decoding, re-encoding and scaling of pictures (spec M-10, ID-4): the picture as stored, its
 * thumbnail, and avatars. Re-encoding writes the pixels only ({@code IIOImage} without
 * metadata), so nothing the camera or editor wrote survives: no EXIF (location, camera, time),
 * no comments, no text chunks, no ICC profile. JPEG and lossy WebP become JPEG (quality 0.9);
 * PNG, GIF and anything with transparency become PNG. Animated GIFs keep their first frame.
 * JPEGs are turned upright by their EXIF orientation first ({@link ExifOrientation}).
 *
 * <p>Every method reads and writes files, never whole files into byte arrays; the decoded
 * image is the one large allocation, and callers run this inside {@link PictureWork}.
 */
final class Pictures {
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    private static final float JPEG_QUALITY = 0.9f;

    /** An encoded picture in a file: its media type and size in pixels. */
    record Encoded(Path file, String mediaType, int width, int height) {
    }

    private Pictures() {
    }

    /**
     * Decodes the first frame of {@code file}, of the checked {@code type}; {@code unsupported_picture}
     * when it cannot be decoded cleanly (a decoder warning, such as a truncated JPEG, counts as a
     * failure: a half-grey picture is not what was sent).
     */
    static BufferedImage decode(Path file, PictureType type) {
        ImageReader reader = PictureInspector.reader(type);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            BufferedImage image = reader.read(0, reader.getDefaultReadParam());
            if (!warnings.isEmpty()) {
                throw PictureInspector.unsupported(new IOException("decoder warning: " + warnings.get(0)));
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof dev.parley.protocol.ParleyException pe) {
                throw pe;
            }
            throw PictureInspector.unsupported(e);
        } finally {
            reader.dispose();
        }
    }

    /** The picture turned upright: a JPEG by its EXIF orientation, other types as they are. */
    static BufferedImage upright(BufferedImage image, Path file, PictureType type) {
        return type == PictureType.JPEG ? ExifOrientation.apply(image, ExifOrientation.read(file)) : image;
    }

    /** Whether a picture of {@code type} is stored as JPEG (a photo without transparency) rather than PNG. */
    static boolean storedAsJpeg(PictureType type, BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        return !alpha && (type == PictureType.JPEG || type == PictureType.WEBP);
    }

    /** {@code image} scaled down so its longer side is at most {@code maxSide}; the same image when it fits. */
    static BufferedImage fit(BufferedImage image, int maxSide) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (Math.max(w, h) <= maxSide) {
            return image;
        }
        double factor = maxSide / (double) Math.max(w, h);
        return scale(image, Math.max(1, (int) Math.round(w * factor)), Math.max(1, (int) Math.round(h * factor)));
    }

    /** The centred square of {@code image}, scaled to {@link Limits#AVATAR_SIZE} on each side. */
    static BufferedImage avatar(BufferedImage image) {
        int side = Math.min(image.getWidth(), image.getHeight());
        BufferedImage square = image.getSubimage((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
        return scale(square, Limits.AVATAR_SIZE, Limits.AVATAR_SIZE);
    }

    /**
     * {@code image} scaled to {@code width} × {@code height}. Downscaling halves in bilinear steps
     * until the last step is at most a halving, which averages every source pixel (one bilinear
     * step from 4000 to 320 pixels would sample one pixel in twelve and alias).
     */
    static BufferedImage scale(BufferedImage image, int width, int height) {
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = image;
        int w = image.getWidth();
        int h = image.getHeight();
        do {
            w = w > width ? Math.max(width, w / 2) : width;
            h = h > height ? Math.max(height, h / 2) : height;
            BufferedImage next = new BufferedImage(w, h, type);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        } while (w != width || h != height);
        return current;
    }

    /** Writes {@code image} to {@code target} (a new file) as JPEG or PNG, without any metadata. */
    static Encoded encode(BufferedImage image, boolean jpeg, Path target) throws IOException {
        BufferedImage pixels = jpeg ? opaque(image) : image;
        ImageWriter writer = ImageIO.getImageWritersByFormatName(jpeg ? "jpeg" : "png").next();
        Files.deleteIfExists(target);
        try (ImageOutputStream out = new FileImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (jpeg) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
            }
            // no stream or image metadata: the writer adds only what the format needs (JFIF, IHDR)
            writer.write(null, new IIOImage(pixels, null, null), param);
        } finally {
            writer.dispose();
        }
        return new Encoded(target, jpeg ? JPEG : PNG, image.getWidth(), image.getHeight());
    }

    /** An image the JPEG writer takes as RGB or grey (it would write other layouts as CMYK-like 4-channel files). */
    private static BufferedImage opaque(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
