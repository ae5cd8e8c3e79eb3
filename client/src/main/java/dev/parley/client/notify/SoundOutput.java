package dev.parley.client.notify;

/**
 * Where {@link NotificationSound} sends its chime: the sound card ({@link JavaSoundOutput}) on
 * the desktop, a recorder in tests. {@link #play} returns at once; playing happens elsewhere.
 */
public interface SoundOutput extends AutoCloseable {

    /** Starts the chime; does nothing when no audio device is there. */
    void play();

    @Override
    void close();
}
