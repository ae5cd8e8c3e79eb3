package dev.parley.client.media;

/** The media layer's stylesheet (beside this class); each of its nodes adds it to itself. */
final class MediaStyles {
    static final String URL = MediaStyles.class.getResource("media.css").toExternalForm();

    private MediaStyles() {
    }
}
