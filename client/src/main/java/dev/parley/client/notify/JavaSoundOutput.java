package dev.parley.client.notify;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import javax.sound.sampled.LineUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the {@link Chime} through Java Sound. Opening the audio line can block for a moment, so
 * it happens on a daemon thread of its own, never on the UI thread; the clip is opened once and
 * rewound for each play. Where no audio device exists (servers, CI, some remote desktops) the
 * first attempt fails, which is logged once at INFO, and later plays do nothing.
 */
public final class JavaSoundOutput implements SoundOutput {
    private static final Logger LOG = LoggerFactory.getLogger(JavaSoundOutput.class);

    /** Opens an audio line; the desktop's is {@link AudioSystem#getClip()}, tests give one that fails. */
    @FunctionalInterface
    public interface ClipFactory {
        Clip open() throws LineUnavailableException;
    }

    private final ClipFactory factory;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-sound");
        t.setDaemon(true);
        return t;
    });
    private Clip clip;
    private volatile boolean unavailable;

    /** Plays on the system's default audio device. */
    public JavaSoundOutput() {
        this(() -> {
            Clip c = AudioSystem.getClip();
            byte[] pcm = Chime.pcm();
            c.open(Chime.FORMAT, pcm, 0, pcm.length);
            return c;
        });
    }

    public JavaSoundOutput(ClipFactory factory) {
        this.factory = factory;
    }

    @Override
    public void play() {
        if (unavailable) {
            return;
        }
        try {
            thread.execute(this::playNow);
        } catch (RejectedExecutionException e) {
            LOG.debug("sound after close ignored");
        }
    }

    private void playNow() {
        if (unavailable) {
            return;
        }
        try {
            if (clip == null) {
                clip = factory.open();
            }
            clip.stop();
            clip.setFramePosition(0);
            clip.start();
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            // IllegalArgumentException is what AudioSystem throws when no mixer has such a line.
            unavailable = true;
            LOG.info("no audio device for the notification sound ({}); notifications stay silent", e.toString());
        }
    }

    /** True once opening the audio line has failed. */
    public boolean unavailable() {
        return unavailable;
    }

    /** Closes the audio line after what was asked to play, waiting at most a second. */
    @Override
    public void close() {
        try {
            thread.execute(() -> {
                if (clip != null) {
                    clip.close();
                }
            });
        } catch (RejectedExecutionException e) {
            return;
        }
        thread.shutdown();
        try {
            thread.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
