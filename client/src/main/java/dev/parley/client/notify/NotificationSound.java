package dev.parley.client.notify;

import dev.parley.client.prefs.NotificationPreferences;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The sound of a new notification (spec A-3), when the user has not switched it off ({@link
 * NotificationPreferences#soundEnabled}), and never more than one per {@link #MIN_INTERVAL}: a
 * burst of messages chimes once, not twenty times. The time comes from an injected clock, so the
 * limit is tested without waiting. Returns at once; the {@link SoundOutput} plays elsewhere.
 */
public final class NotificationSound implements AutoCloseable {
    /** The shortest time between two chimes. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(2);

    /** What became of a {@link #play} call. */
    public enum Outcome { PLAYED, SWITCHED_OFF, TOO_SOON }

    private final NotificationPreferences preferences;
    private final Clock clock;
    private final SoundOutput output;
    private Instant last;

    public NotificationSound(NotificationPreferences preferences, Clock clock, SoundOutput output) {
        this.preferences = preferences;
        this.clock = clock;
        this.output = output;
    }

    /** Chimes for a new notification, unless switched off or the last chime was too recent. */
    public synchronized Outcome play() {
        if (!preferences.soundEnabled()) {
            return Outcome.SWITCHED_OFF;
        }
        Instant now = clock.instant();
        // A clock set back (daylight saving is UTC-proof, a manual change is not) must not
        // silence the chime until it catches up again.
        if (last != null && !now.isBefore(last) && now.isBefore(last.plus(MIN_INTERVAL))) {
            return Outcome.TOO_SOON;
        }
        last = now;
        output.play();
        return Outcome.PLAYED;
    }

    @Override
    public void close() {
        output.close();
    }
}
