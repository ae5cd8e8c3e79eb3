package dev.parley.client.media;

/**
 * A picture's size scaled to fit a box, keeping its aspect ratio and never enlarging it: the
 * thumbnail's placeholder is laid out at this size before any byte arrives, so rows do not jump
 * when the picture loads.
 */
record Fit(int width, int height) {

    static Fit of(Integer width, Integer height, int maxWidth, int maxHeight) {
        if (width == null || height == null || width <= 0 || height <= 0) {
            // unknown size: a 4:3 box
            return new Fit(maxWidth, Math.max(1, Math.min(maxHeight, maxWidth * 3 / 4)));
        }
        double scale = Math.min(1.0, Math.min((double) maxWidth / width, (double) maxHeight / height));
        return new Fit(Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale)));
    }

    /** This size times {@code factor} (for screens with more than one pixel per point), at most {@code limit}. */
    Fit scaled(double factor, Fit limit) {
        return new Fit(Math.max(1, Math.min(limit.width, (int) Math.ceil(width * factor))),
                Math.max(1, Math.min(limit.height, (int) Math.ceil(height * factor))));
    }
}
