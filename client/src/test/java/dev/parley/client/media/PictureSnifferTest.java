package dev.parley.client.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.model.Attachment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureSnifferTest {
    @TempDir
    Path dir;

    @Test
    void sniff_ofPngJpegAndGif_isAPictureWithItsSize() throws IOException {
        for (String format : new String[] {"png", "jpeg", "gif"}) {
            PictureSniffer.Sniffed s = PictureSniffer.sniff(UploadSource.of(encode(format, 40, 30)));

            assertThat(s.kind()).as(format).isEqualTo(Attachment.PICTURE);
            assertThat(s.format()).isEqualTo(format);
            assertThat(s.width()).isEqualTo(40);
            assertThat(s.height()).isEqualTo(30);
        }
    }

    @Test
    void sniff_decidesByContentNotByName() throws IOException {
        Path textCalledPng = dir.resolve("holiday.png");
        Files.writeString(textCalledPng, "not a picture at all", StandardCharsets.UTF_8);
        Path pngCalledTxt = dir.resolve("notes.txt");
        Files.write(pngCalledTxt, encode("png", 8, 8));

        assertThat(PictureSniffer.sniff(UploadSource.of(textCalledPng)).kind()).isEqualTo(Attachment.FILE);
        assertThat(PictureSniffer.sniff(UploadSource.of(pngCalledTxt)).kind()).isEqualTo(Attachment.PICTURE);
    }

    @Test
    void sniff_ofADamagedPicture_isAFile() throws IOException {
        byte[] png = encode("png", 40, 30);

        assertThat(PictureSniffer.sniff(UploadSource.of(Arrays.copyOf(png, 12))).kind()).isEqualTo(Attachment.FILE);
    }

    @Test
    void sniff_ofAWebpPicture_isAPictureWithItsSize() throws IOException {
        byte[] webp;
        try (var in = PictureSnifferTest.class.getResourceAsStream("photo-400x300.webp")) {
            webp = in.readAllBytes();
        }

        PictureSniffer.Sniffed s = PictureSniffer.sniff(UploadSource.of(webp));

        assertThat(s.kind()).isEqualTo(Attachment.PICTURE);
        assertThat(s.format()).isEqualTo("webp");
        assertThat(s.width()).isEqualTo(400);
        assertThat(s.height()).isEqualTo(300);
    }

    @Test
    void sniff_ofAWebpSignatureWithoutAPicture_isAFile() throws IOException {
        // the server's WebP reader (TwelveMonkeys) is on the client's class path too
        byte[] webp = "RIFF\u0024\u0000\u0000\u0000WEBPVP8L".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(PictureSniffer.sniff(UploadSource.of(webp)).kind()).isEqualTo(Attachment.FILE);
    }

    @Test
    void sniff_ofEmptyContent_isAFile() throws IOException {
        assertThat(PictureSniffer.sniff(UploadSource.of(new byte[0])).kind()).isEqualTo(Attachment.FILE);
    }

    static byte[] encode(String format, int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                image.setRGB(x, y, (x * 5) << 16 | (y * 7) << 8 | 0x40);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
