package dev.parley.client.notify;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;

/**
 * Parley's icon and its "something is unread" variants, drawn with Java2D at any size (a tray
 * wants 16 to 24 pixels, a window icon up to 128), so the client ships no image file. The badge
 * is a dot in the top right corner: amber for unread messages, red when one of them mentions
 * the user; from 32 pixels on it carries the count (99+ above 99). Works headless: only
 * {@link BufferedImage}s are involved, nothing is put on a screen.
 */
public final class BadgeImages {
    static final Color BUBBLE = new Color(0x2F, 0x6F, 0xEB);
    static final Color UNREAD = new Color(0xF2, 0x99, 0x00);
    static final Color MENTION = new Color(0xD9, 0x30, 0x25);
    /** From this size on the badge shows the count; below, digits would be a smudge. */
    static final int COUNT_MIN_SIZE = 32;

    private BadgeImages() {
    }

    /** The plain icon: a blue speech bubble with three white dots, on transparency. */
    public static BufferedImage appIcon(int size) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(img);
        double s = size;
        Path2D bubble = new Path2D.Double();
        bubble.append(new RoundRectangle2D.Double(s * 0.06, s * 0.12, s * 0.88, s * 0.62, s * 0.3, s * 0.3), false);
        bubble.moveTo(s * 0.24, s * 0.70);
        bubble.lineTo(s * 0.20, s * 0.92);
        bubble.lineTo(s * 0.46, s * 0.72);
        bubble.closePath();
        g.setColor(BUBBLE);
        g.fill(bubble);
        g.setColor(Color.WHITE);
        double dot = s * 0.13;
        for (int i = 0; i < 3; i++) {
            g.fill(new Ellipse2D.Double(s * (0.25 + 0.2 * i) - dot / 2, s * 0.43 - dot / 2, dot, dot));
        }
        g.dispose();
        return img;
    }

    /** {@code base} with the badge for {@code unread} messages; {@code base} itself when nothing is unread. */
    public static BufferedImage withBadge(BufferedImage base, int unread, boolean mention) {
        if (unread <= 0) {
            return base;
        }
        int size = Math.min(base.getWidth(), base.getHeight());
        BufferedImage img = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = graphics(img);
        g.drawImage(base, 0, 0, null);
        double d = badgeDiameter(size);
        double x = base.getWidth() - d;
        Ellipse2D circle = new Ellipse2D.Double(x, 0, d, d);
        g.setColor(mention ? MENTION : UNREAD);
        g.fill(circle);
        // A thin white ring keeps the badge apart from the blue bubble under it.
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(1, size / 32.0)));
        g.draw(circle);
        if (size >= COUNT_MIN_SIZE) {
            String text = unread > 99 ? "99+" : Integer.toString(unread);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.round(d * (text.length() > 2 ? 0.42 : 0.6))));
            FontMetrics m = g.getFontMetrics();
            float tx = (float) (x + (d - m.stringWidth(text)) / 2);
            float ty = (float) ((d - m.getHeight()) / 2 + m.getAscent());
            g.drawString(text, tx, ty);
        }
        g.dispose();
        return img;
    }

    /** The badge's diameter on an icon of {@code size} pixels: big enough to read, small enough to see the icon. */
    static double badgeDiameter(int size) {
        return size >= COUNT_MIN_SIZE ? size * 0.5 : size * 0.55;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return g;
    }
}
