package dev.parley.server.config;

/**
 * Limits of pictures and files (specs M-10, M-11), validated on construction. The byte limits
 * are checked when an upload is announced, before a byte is sent; the pixel limit is checked on
 * the picture's header, before anything is decoded, and bounds the memory one decode can take
 * (a decoded picture costs up to 4 bytes a pixel, 8 for 16-bit PNGs).
 *
 * @param maxPictureBytes  largest picture upload in bytes, 1 KiB..1 GiB (default 10 MiB)
 * @param maxFileBytes     largest file upload in bytes, 1 KiB..4 GiB (default 25 MiB); files are
 *                         streamed to disk and never held in memory
 * @param maxPicturePixels most pixels (width × height) of a picture, 1..100,000,000 (default
 *                         25,000,000); the upper bound keeps one decode within a few hundred MiB
 */
public record UploadsConfig(long maxPictureBytes, long maxFileBytes, long maxPicturePixels) {
    public static final long DEFAULT_MAX_PICTURE_BYTES = 10L * 1024 * 1024;
    public static final long DEFAULT_MAX_FILE_BYTES = 25L * 1024 * 1024;
    public static final long DEFAULT_MAX_PICTURE_PIXELS = 25_000_000L;
    static final long MIN_BYTES = 1024;
    static final long MAX_PICTURE_BYTES = 1024L * 1024 * 1024;
    static final long MAX_FILE_BYTES = 4L * 1024 * 1024 * 1024;
    static final long MAX_PIXELS = 100_000_000L;

    /** The defaults: 10 MiB pictures, 25 MiB files, 25 megapixels. */
    public static final UploadsConfig DEFAULTS = new UploadsConfig(DEFAULT_MAX_PICTURE_BYTES, DEFAULT_MAX_FILE_BYTES,
            DEFAULT_MAX_PICTURE_PIXELS);

    public UploadsConfig {
        check("uploads.maxPictureBytes", maxPictureBytes, MIN_BYTES, MAX_PICTURE_BYTES, DEFAULT_MAX_PICTURE_BYTES, "bytes");
        check("uploads.maxFileBytes", maxFileBytes, MIN_BYTES, MAX_FILE_BYTES, DEFAULT_MAX_FILE_BYTES, "bytes");
        check("uploads.maxPicturePixels", maxPicturePixels, 1, MAX_PIXELS, DEFAULT_MAX_PICTURE_PIXELS, "pixels");
    }

    private static void check(String key, long value, long min, long max, long defaultValue, String unit) {
        if (value < min || value > max) {
            throw new ConfigException(key, Long.toString(value), min + ".." + max + " " + unit + " (default " + defaultValue + ")");
        }
    }
}
