package dev.parley.server.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks before decoding: type from the content, never the name; dimensions from the header only. */
class PictureInspectorTest {
    private static final long LIMIT = 25_000_000;

    @TempDir
    Path dir;

    private Path file(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @Test
    void inspect_readsTypeAndSize_ofEachSupportedFormat() throws Exception {
        BufferedImage image = TestPictures.solid(30, 20, Color.ORANGE, BufferedImage.TYPE_INT_RGB);
        assertThat(PictureInspector.inspect(file("a", TestPictures.png(image)), LIMIT))
                .isEqualTo(new PictureInspector.Inspected(PictureType.PNG, 30, 20));
        assertThat(PictureInspector.inspect(file("b", TestPictures.jpeg(image)), LIMIT))
                .isEqualTo(new PictureInspector.Inspected(PictureType.JPEG, 30, 20));
        assertThat(PictureInspector.inspect(file("c", TestPictures.gif(image)), LIMIT))
                .isEqualTo(new PictureInspector.Inspected(PictureType.GIF, 30, 20));
        assertThat(PictureInspector.inspect(file("d", TestPictures.resource("photo-400x300.webp")), LIMIT))
                .isEqualTo(new PictureInspector.Inspected(PictureType.WEBP, 400, 300));
    }

    @Test
    void inspect_textNamedPng_isUnsupported() throws Exception {
        Path text = file("holiday.png", "Dear diary, today I did not take a picture.\n".getBytes(StandardCharsets.UTF_8));
        assertRefused(text, ErrorCode.UNSUPPORTED_PICTURE);
    }

    @Test
    void inspect_pdfNamedJpg_isUnsupported() throws Exception {
        Path pdf = file("scan.jpg", "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertRefused(pdf, ErrorCode.UNSUPPORTED_PICTURE);
    }

    @Test
    void inspect_bmp_isUnsupported_thoughImageIoReadsIt() throws Exception {
        Path bmp = dir.resolve("old.bmp");
        javax.imageio.ImageIO.write(TestPictures.solid(4, 4, Color.RED, BufferedImage.TYPE_INT_RGB), "bmp", bmp.toFile());
        assertRefused(bmp, ErrorCode.UNSUPPORTED_PICTURE);
    }

    @Test
    void inspect_pngSignatureWithoutHeader_isUnsupported() throws Exception {
        byte[] png = TestPictures.png(TestPictures.solid(8, 8, Color.BLUE, BufferedImage.TYPE_INT_RGB));
        assertRefused(file("cut.png", Arrays.copyOf(png, 12)), ErrorCode.UNSUPPORTED_PICTURE);
    }

    @Test
    void inspect_emptyFile_isUnsupported() throws Exception {
        assertRefused(file("empty.gif", new byte[0]), ErrorCode.UNSUPPORTED_PICTURE);
    }

    @Test
    void inspect_overThePixelLimit_isTooLarge_withTheLimit() throws Exception {
        Path p = file("wide.png", TestPictures.png(TestPictures.solid(200, 100, Color.GREEN, BufferedImage.TYPE_INT_RGB)));
        assertThat(PictureInspector.inspect(p, 20_000).pixels()).isEqualTo(20_000);
        assertThatThrownBy(() -> PictureInspector.inspect(p, 19_999))
                .isInstanceOfSatisfying(ParleyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PICTURE_TOO_LARGE);
                    assertThat(e.params()).containsEntry("max", "19999");
                });
    }

    /**
     * The memory assertion of issue 3: a 60-byte PNG whose header declares 100,000 × 100,000
     * pixels (40 GB decoded) is refused from its header, and the thread checking it allocates
     * almost nothing. A check that decoded first would fail with OutOfMemoryError or allocate
     * far beyond the bound.
     */
    @Test
    void inspect_tinyPngDeclaring100kBy100k_isTooLarge_withoutAllocatingMemory() throws Exception {
        Path bomb = file("bomb.png", TestPictures.pngDeclaring(100_000, 100_000));
        assertThat(Files.size(bomb)).isLessThan(100);
        // warm up: class loading and the ImageIO registry allocate on first use, not per picture
        PictureInspector.inspect(file("small.png", TestPictures.png(TestPictures.solid(2, 2, Color.RED, BufferedImage.TYPE_INT_ARGB))), LIMIT);

        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        ParleyException refused = null;
        try {
            PictureInspector.inspect(bomb, LIMIT);
        } catch (ParleyException e) {
            refused = e;
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertThat(refused).isNotNull();
        assertThat(refused.code()).isEqualTo(ErrorCode.PICTURE_TOO_LARGE);
        assertThat(allocated).as("bytes allocated checking the header").isLessThan(5L * 1024 * 1024);
    }

    private static void assertRefused(Path file, ErrorCode code) {
        assertThatThrownBy(() -> PictureInspector.inspect(file, LIMIT))
                .isInstanceOfSatisfying(ParleyException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
