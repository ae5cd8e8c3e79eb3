package dev.parley.client.media;

/**
 * The media layer's bounds, each in the unit its name says.
 *
 * @param diskCacheBytes   most bytes of fetched content kept on disk (least recently used evicted first)
 * @param memoryCacheBytes most bytes of decoded thumbnails and avatars kept in memory (4 per pixel)
 * @param downloads        most downloads running at once (others queue)
 * @param window           most {@code fetch} or {@code upload_chunk} requests in flight per transfer
 * @param threads          background threads for disk, hashing and decoding
 */
public record MediaSettings(long diskCacheBytes, long memoryCacheBytes, int downloads, int window, int threads) {
    /**
     * 500 MB on disk; 32 MiB of decoded pictures (about 100 full-size thumbnails, some fifteen
     * screens of a picture-heavy room, so scrolling back a little never refetches); 4 downloads
     * of 4 pieces each.
     */
    public static final MediaSettings DEFAULTS = new MediaSettings(500_000_000L, 32L * 1024 * 1024, 4, 4, 2);

    public MediaSettings {
        if (diskCacheBytes <= 0 || memoryCacheBytes <= 0 || downloads < 1 || window < 1 || threads < 1) {
            throw new IllegalArgumentException("media settings must be positive: diskCacheBytes=" + diskCacheBytes
                    + ", memoryCacheBytes=" + memoryCacheBytes + ", downloads=" + downloads + ", window=" + window
                    + ", threads=" + threads);
        }
    }
}
