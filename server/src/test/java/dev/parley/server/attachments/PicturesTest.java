package dev.parley.server.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-encoding drops every metadata block; orientation, thumbnails, avatars, animated GIFs, WebP. */
class PicturesTest {
    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    /** Decodes, turns upright and re-encodes as the server stores a picture; returns the stored bytes. */
    private byte[] stored(Path source) throws Exception {
        PictureType type = PictureInspector.inspect(source, 25_000_000).type();
        BufferedImage image = Pictures.upright(Pictures.decode(source, type), source, type);
        Pictures.Encoded out = Pictures.encode(image, Pictures.storedAsJpeg(type, image), dir.resolve("out-" + source.getFileName()));
        return Files.readAllBytes(out.file());
    }

    @Test
    void reencodedJpeg_hasNoExifGpsOrComment() throws Exception {
        byte[] original = TestPictures.withExifAndComment(TestPictures.jpeg(TestPictures.noise(64, 48, 1)), 1,
                "SpyCam 3000", "secret meeting at the old mill");
        assertThat(TestPictures.contains(original, "Exif")).isTrue();
        assertThat(TestPictures.contains(original, "SpyCam 3000")).isTrue();
        assertThat(TestPictures.contains(original, "secret meeting")).isTrue();
        // the fixture really carries the metadata a reader sees
        assertThat(ExifOrientation.read(file("check.jpg", TestPictures.withExifAndComment(
                TestPictures.jpeg(TestPictures.noise(8, 8, 2)), 6, "x", "y")))).isEqualTo(6);

        byte[] out = stored(file("spy.jpg", original));

        assertThat(out[0] & 0xFF).isEqualTo(0xFF);
        assertThat(out[1] & 0xFF).isEqualTo(0xD8);
        assertThat(TestPictures.contains(out, "Exif")).isFalse();
        assertThat(TestPictures.contains(out, "SpyCam")).isFalse();
        assertThat(TestPictures.contains(out, "secret meeting")).isFalse();
        assertThat(hasSegment(out, 0xE1)).as("APP1").isFalse();
        assertThat(hasSegment(out, 0xFE)).as("COM").isFalse();
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(out)).getWidth()).isEqualTo(64);
    }

    @Test
    void reencodedPng_hasNoTextChunk() throws Exception {
        byte[] original = TestPictures.withTextChunk(TestPictures.png(TestPictures.solid(20, 10, Color.PINK,
                BufferedImage.TYPE_INT_ARGB)), "Comment", "taken at 52.2297 N 21.0122 E");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(original)).getWidth()).isEqualTo(20);

        byte[] out = stored(file("comment.png", original));

        assertThat(TestPictures.contains(out, "tEXt")).isFalse();
        assertThat(TestPictures.contains(out, "52.2297")).isFalse();
        assertThat(PictureType.sniff(out, out.length)).contains(PictureType.PNG);
    }

    @Test
    void jpegTakenSideways_isTurnedUpright_byItsExifOrientation() throws Exception {
        // stored 40 × 20, left half red; orientation 6 says "turn 90° clockwise to show"
        byte[] sideways = TestPictures.withExifAndComment(TestPictures.jpeg(TestPictures.halves(40, 20, Color.RED, Color.BLUE), 0.95f),
                6, "Phone", "");
        Path source = file("portrait.jpg", sideways);
        BufferedImage upright = Pictures.upright(Pictures.decode(source, PictureType.JPEG), source, PictureType.JPEG);

        assertThat(upright.getWidth()).isEqualTo(20);
        assertThat(upright.getHeight()).isEqualTo(40);
        // turned clockwise, the left side is on top
        assertThat(isReddish(upright.getRGB(10, 5))).isTrue();
        assertThat(isReddish(upright.getRGB(10, 34))).isFalse();
    }

    @Test
    void everyOrientation_givesTheUprightPicture() {
        // a 3 × 2 picture with a red top-left pixel, stored as each orientation would store it
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage stored = storedAs(orientation);
            BufferedImage upright = ExifOrientation.apply(stored, orientation);
            assertThat(upright.getWidth()).as("orientation " + orientation).isEqualTo(3);
            assertThat(upright.getHeight()).as("orientation " + orientation).isEqualTo(2);
            assertThat(upright.getRGB(0, 0) & 0xFFFFFF).as("orientation " + orientation).isEqualTo(0xFF0000);
            assertThat(upright.getRGB(2, 1) & 0xFFFFFF).as("orientation " + orientation).isEqualTo(0x0000FF);
        }
    }

    /** The upright 3 × 2 picture (red top-left, blue bottom-right) as a camera with {@code orientation} stores it. */
    private static BufferedImage storedAs(int orientation) {
        int[][] upright = {{0xFF0000, 0x00FF00, 0x00FF00}, {0x00FF00, 0x00FF00, 0x0000FF}};
        boolean swap = orientation >= 5;
        BufferedImage stored = new BufferedImage(swap ? 2 : 3, swap ? 3 : 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                // where the upright pixel (x, y) lies in the stored picture
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = 2 - x; sy = y; }
                    case 3 -> { sx = 2 - x; sy = 1 - y; }
                    case 4 -> { sx = x; sy = 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = 2 - x; }
                    case 7 -> { sx = 1 - y; sy = 2 - x; }
                    case 8 -> { sx = 1 - y; sy = x; }
                    default -> { sx = x; sy = y; }
                }
                stored.setRGB(sx, sy, upright[y][x]);
            }
        }
        return stored;
    }

    @Test
    void thumbnail_fitsTheLongerSideInto320_keepingTheShape() throws Exception {
        BufferedImage wide = TestPictures.noise(1280, 720, 3);
        BufferedImage thumb = Pictures.fit(wide, Limits.THUMBNAIL_SIZE);
        assertThat(thumb.getWidth()).isEqualTo(320);
        assertThat(thumb.getHeight()).isEqualTo(180);
        BufferedImage tall = TestPictures.noise(300, 1000, 4);
        assertThat(Pictures.fit(tall, Limits.THUMBNAIL_SIZE).getHeight()).isEqualTo(320);
        assertThat(Pictures.fit(tall, Limits.THUMBNAIL_SIZE).getWidth()).isEqualTo(96);
        BufferedImage small = TestPictures.noise(200, 100, 5);
        assertThat(Pictures.fit(small, Limits.THUMBNAIL_SIZE)).isSameAs(small);
    }

    @Test
    void avatar_isTheCentredSquare_128aSide() {
        // 300 × 100: red, green, blue thirds; the centred square is the green third
        BufferedImage image = TestPictures.solid(300, 100, Color.RED, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(100, 0, 100, 100);
        g.setColor(Color.BLUE);
        g.fillRect(200, 0, 100, 100);
        g.dispose();

        BufferedImage avatar = Pictures.avatar(image);

        assertThat(avatar.getWidth()).isEqualTo(Limits.AVATAR_SIZE);
        assertThat(avatar.getHeight()).isEqualTo(Limits.AVATAR_SIZE);
        for (int[] p : new int[][] {{2, 2}, {64, 64}, {125, 125}}) {
            assertThat(avatar.getRGB(p[0], p[1]) & 0xFFFFFF).isEqualTo(0x00FF00);
        }
    }

    @Test
    void animatedGif_keepsItsFirstFrame_asPng() throws Exception {
        byte[] gif = TestPictures.animatedGif(16, 16, Color.RED, Color.BLUE, Color.BLUE);
        byte[] out = stored(file("blink.gif", gif));

        assertThat(PictureType.sniff(out, out.length)).contains(PictureType.PNG);
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(out));
        assertThat(decoded.getRGB(8, 8) & 0xFFFFFF).isEqualTo(0xFF0000);
    }

    @Test
    void transparentPicture_isStoredAsPng_keepingItsTransparency() throws Exception {
        BufferedImage clear = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        clear.setRGB(1, 1, 0xFF00FF00);
        byte[] out = stored(file("clear.png", TestPictures.png(clear)));
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(out));
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        assertThat(decoded.getRGB(5, 5) >>> 24).isZero();
        assertThat(decoded.getRGB(1, 1)).isEqualTo(0xFF00FF00);
    }

    @Test
    void webp_isRead_lossyAsJpeg_transparentAsPng() throws Exception {
        byte[] photo = stored(file("photo.webp", TestPictures.resource("photo-400x300.webp")));
        assertThat(PictureType.sniff(photo, photo.length)).contains(PictureType.JPEG);
        BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(photo));
        assertThat(decoded.getWidth()).isEqualTo(400);
        assertThat(decoded.getHeight()).isEqualTo(300);

        byte[] clear = stored(file("clear.webp", TestPictures.resource("half-transparent-64.webp")));
        assertThat(PictureType.sniff(clear, clear.length)).contains(PictureType.PNG);
        BufferedImage c = ImageIO.read(new java.io.ByteArrayInputStream(clear));
        assertThat(c.getRGB(5, 5) >>> 24).isZero();
        assertThat(c.getRGB(60, 5) >>> 24).isEqualTo(0xFF);
    }

    @Test
    void truncatedJpeg_isUnsupported_notHalfGrey() throws Exception {
        byte[] jpeg = TestPictures.jpeg(TestPictures.noise(200, 200, 6));
        Path cut = file("cut.jpg", Arrays.copyOf(jpeg, jpeg.length / 2));
        // the header is intact, so the header check passes; decoding finds the missing half
        assertThat(PictureInspector.inspect(cut, 25_000_000).width()).isEqualTo(200);
        assertThatThrownBy(() -> Pictures.decode(cut, PictureType.JPEG))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_PICTURE));
    }

    @Test
    void truncatedPng_isUnsupported() throws Exception {
        byte[] png = TestPictures.png(TestPictures.noise(100, 100, 7));
        Path cut = file("cut.png", Arrays.copyOf(png, png.length / 2));
        assertThatThrownBy(() -> Pictures.decode(cut, PictureType.PNG))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNSUPPORTED_PICTURE));
    }

    private static boolean isReddish(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int b = rgb & 0xFF;
        return r > 180 && b < 80;
    }

    /** Whether a JPEG has a segment with {@code marker} before its image data. */
    private static boolean hasSegment(byte[] jpeg, int marker) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int m = jpeg[i + 1] & 0xFF;
            if (m == marker) {
                return true;
            }
            if (m == 0xDA) {
                return false;
            }
            i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
        }
        return false;
    }
}
