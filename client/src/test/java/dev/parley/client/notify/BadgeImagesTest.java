package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** The icons are drawn headless (the tests run with java.awt.headless=true), so their pixels can be checked. */
class BadgeImagesTest {

    @Test
    void appIcon_isABlueBubbleOnTransparency() {
        BufferedImage icon = BadgeImages.appIcon(64);

        assertThat(new Color(icon.getRGB(4, 32), true)).isEqualTo(BadgeImages.BUBBLE);
        assertThat(icon.getRGB(0, 0) >>> 24).as("corner transparent").isZero();
        assertThat(icon.getRGB(63, 63) >>> 24).as("corner transparent").isZero();
    }

    @Test
    void withBadge_nothingUnread_isTheIconItself() {
        BufferedImage icon = BadgeImages.appIcon(24);

        assertThat(BadgeImages.withBadge(icon, 0, true)).isSameAs(icon);
    }

    @Test
    void withBadge_unread_putsAnAmberDotTopRight_andLeavesTheRestAlone() {
        BufferedImage icon = BadgeImages.appIcon(16);

        BufferedImage badged = BadgeImages.withBadge(icon, 3, false);

        double d = BadgeImages.badgeDiameter(16);
        assertThat(new Color(badged.getRGB((int) (16 - d / 2), (int) (d / 2)), true)).isEqualTo(BadgeImages.UNREAD);
        assertThat(badged.getRGB(2, 12)).as("bottom left untouched").isEqualTo(icon.getRGB(2, 12));
    }

    @Test
    void withBadge_mention_isRed() {
        BufferedImage badged = BadgeImages.withBadge(BadgeImages.appIcon(16), 1, true);

        double d = BadgeImages.badgeDiameter(16);
        assertThat(new Color(badged.getRGB((int) (16 - d / 2), (int) (d / 2)), true)).isEqualTo(BadgeImages.MENTION);
    }

    @Test
    void withBadge_largeIcon_writesTheCountInWhite() {
        BufferedImage badged = BadgeImages.withBadge(BadgeImages.appIcon(64), 7, true);

        assertThat(whitePixelsInBadge(badged)).as("digits drawn inside the red dot").isGreaterThan(10);
        assertThat(whitePixelsInBadge(BadgeImages.withBadge(BadgeImages.appIcon(16), 7, true)))
                .as("no digits on a tray-sized icon").isZero();
    }

    /** White pixels well inside the badge circle (the white ring at its edge excluded). */
    private static int whitePixelsInBadge(BufferedImage img) {
        int size = img.getWidth();
        double d = BadgeImages.badgeDiameter(size);
        double cx = size - d / 2;
        double cy = d / 2;
        int white = 0;
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean inside = Math.hypot(x + 0.5 - cx, y + 0.5 - cy) < d / 2 - 2.5;
                Color c = new Color(img.getRGB(x, y), true);
                if (inside && c.getRed() > 230 && c.getGreen() > 230 && c.getBlue() > 230) {
                    white++;
                }
            }
        }
        return white;
    }
}
