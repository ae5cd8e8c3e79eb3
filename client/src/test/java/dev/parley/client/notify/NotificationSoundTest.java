package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.ManualClock;
import dev.parley.client.notify.NotificationSound.Outcome;
import dev.parley.client.prefs.NotificationPreferences;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sound.sampled.LineUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotificationSoundTest {
    @TempDir
    Path config;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:30:00Z"));
    private final CountingOutput output = new CountingOutput();

    private NotificationSound sound() {
        return new NotificationSound(new NotificationPreferences(config), clock, output);
    }

    @Test
    void play_burstOfMessages_chimesOncePerTwoSeconds() {
        NotificationSound sound = sound();

        assertThat(sound.play()).isEqualTo(Outcome.PLAYED);
        clock.advance(Duration.ofMillis(1999));
        assertThat(sound.play()).isEqualTo(Outcome.TOO_SOON);
        clock.advance(Duration.ofMillis(1));
        assertThat(sound.play()).isEqualTo(Outcome.PLAYED);

        assertThat(output.plays.get()).isEqualTo(2);
    }

    @Test
    void play_tooSoon_doesNotPushTheNextChimeFurtherOut() {
        NotificationSound sound = sound();
        sound.play();
        clock.advanceSeconds(1);
        sound.play();
        clock.advanceSeconds(1);

        assertThat(sound.play()).as("two seconds after the last chime, not after the last attempt").isEqualTo(Outcome.PLAYED);
    }

    @Test
    void play_switchedOff_isSilent() {
        new NotificationPreferences(config).saveSoundEnabled(false);

        assertThat(sound().play()).isEqualTo(Outcome.SWITCHED_OFF);
        assertThat(output.plays.get()).isZero();
    }

    @Test
    void play_clockSetBack_stillChimes() {
        NotificationSound sound = sound();
        sound.play();

        clock.advance(Duration.ofHours(-1));

        assertThat(sound.play()).isEqualTo(Outcome.PLAYED);
    }

    @Test
    void javaSoundOutput_withoutAnAudioDevice_triesOnce_thenStaysQuiet() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        CountDownLatch tried = new CountDownLatch(1);
        JavaSoundOutput out = new JavaSoundOutput(() -> {
            attempts.incrementAndGet();
            tried.countDown();
            throw new LineUnavailableException("no mixer");
        });

        out.play();
        assertThat(tried.await(10, TimeUnit.SECONDS)).isTrue();
        out.play();
        out.close(); // waits for both plays to be handled

        assertThat(out.unavailable()).isTrue();
        assertThat(attempts.get()).isEqualTo(1);
    }

    private static final class CountingOutput implements SoundOutput {
        final AtomicInteger plays = new AtomicInteger();

        @Override
        public void play() {
            plays.incrementAndGet();
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
