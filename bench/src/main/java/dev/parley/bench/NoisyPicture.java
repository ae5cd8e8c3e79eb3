package dev.parley.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.SplittableRandom;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photo-like JPEGs of a given size, made in memory for {@code parley bench pictures}: smooth
 * colour gradients under noise, which compress about as badly as a phone photo's detail, so a
 * 5 MB file has a phone photo's pixel count (around 12 megapixels) rather than a noise test
 * card's. Each seed gives a different picture, so the server never sees the same content twice.
 */
final class NoisyPicture {
    private static final float QUALITY = 0.92f;
    /** Noise amplitude per channel, ± this. */
    private static final int NOISE = 28;

    /** A JPEG and its size in pixels. */
    record Jpeg(byte[] bytes, int width, int height) {
    }

    private NoisyPicture() {
    }

    /**
     * Finds the dimensions (4:3) whose JPEG is about {@code targetBytes}: encodes a sample,
     * scales the pixel count by the size ratio, and refines twice.
     */
    static int[] dimensionsFor(long targetBytes) {
        int width = 800;
        int height = 600;
        for (int round = 0; round < 3; round++) {
            long bytes = make(width, height, 1000 + round).bytes().length;
            double scale = Math.sqrt(targetBytes / (double) bytes);
            width = Math.max(64, (int) Math.round(width * scale / 4) * 4);
            height = width * 3 / 4;
        }
        return new int[] {width, height};
    }

    /** A JPEG of {@code width} × {@code height} from {@code seed}. */
    static Jpeg make(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(seed);
        int[] row = new int[width];
        double phase = random.nextDouble() * Math.PI;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = x / (double) width;
                double v = y / (double) height;
                int r = clamp(128 + 100 * Math.sin(3 * u + phase) + random.nextInt(-NOISE, NOISE + 1));
                int g = clamp(128 + 100 * Math.cos(2 * v + phase) + random.nextInt(-NOISE, NOISE + 1));
                int b = clamp(128 + 90 * Math.sin(2 * (u + v)) + random.nextInt(-NOISE, NOISE + 1));
                row[x] = (r << 16) | (g << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return new Jpeg(encode(image), width, height);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }

    private static byte[] encode(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
