package dev.parley.client.ui.chat;

import dev.parley.client.i18n.UiText;
import dev.parley.client.model.ConnectionState;
import dev.parley.client.net.ChatService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The connection as the chat window shows it (spec UX-4: always visible): the state for the
 * status dot, and a banner over the messages while it is not simply up: "Connection lost —
 * reconnecting in 8 s…" with "Retry now" while waiting for the next attempt, "Reconnecting…"
 * during one, "Connected" for a few seconds after it came back, and why it will not come back
 * when it will not (an admin blocked the address). The countdown advances on {@link #tick()}
 * with the injected clock. UI thread only.
 */
public final class ConnectionViewModel {
    /** How long "Connected" stays after a reconnect. */
    static final Duration RESTORED_SHOWN = Duration.ofSeconds(3);

    // Properties
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTED);
    private final ReadOnlyObjectWrapper<UiText> banner = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canRetry = new ReadOnlyBooleanWrapper(false);

    private final ChatService service;
    private final Clock clock;
    /** When the next attempt is due, or null while one runs. */
    private Instant nextAttempt;
    /** Until when "Connected" shows, or null. */
    private Instant restoredUntil;
    /** Why the connection is gone for good, or null. */
    private UiText gone;

    public ConnectionViewModel(ChatService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the banner over the messages says, or null when it is hidden. */
    public ReadOnlyObjectProperty<UiText> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** Whether "Retry now" is offered: while waiting for the next attempt. */
    public ReadOnlyBooleanProperty canRetryProperty() {
        return canRetry.getReadOnlyProperty();
    }

    /** Whether messages can be sent now (else they wait in the outbox). */
    public boolean connected() {
        return state.get() == ConnectionState.CONNECTED;
    }

    // Commands

    /** "Retry now": attempts at once instead of waiting. */
    public void retryNow() {
        if (canRetry.get()) {
            service.reconnectNow();
        }
    }

    /** Advances the countdown and hides "Connected" when its time is up. */
    public void tick() {
        refresh();
    }

    // Events (from the chat)

    /** Lost, being re-established: the next attempt in {@code nextAttemptIn}, or null while one runs. */
    void reconnecting(Duration nextAttemptIn) {
        if (state.get() == ConnectionState.DISCONNECTED) {
            return;
        }
        nextAttempt = nextAttemptIn == null ? null : clock.instant().plus(nextAttemptIn);
        restoredUntil = null;
        state.set(ConnectionState.RECONNECTING);
        refresh();
    }

    /** Back: "Connected" shows for a moment. */
    void reconnected() {
        nextAttempt = null;
        restoredUntil = clock.instant().plus(RESTORED_SHOWN);
        state.set(ConnectionState.CONNECTED);
        refresh();
    }

    /** Gone for good, for the reason {@code why} shown in the banner. */
    void gone(UiText why) {
        nextAttempt = null;
        restoredUntil = null;
        gone = why;
        state.set(ConnectionState.DISCONNECTED);
        refresh();
    }

    private void refresh() {
        Instant now = clock.instant();
        UiText text = null;
        boolean retry = false;
        switch (state.get()) {
            case RECONNECTING -> {
                long seconds = nextAttempt == null ? 0 : (Duration.between(now, nextAttempt).toMillis() + 999) / 1000;
                if (seconds > 0) {
                    text = UiText.of("connection.lost_retrying", seconds);
                    retry = true;
                } else {
                    text = UiText.of("connection.reconnecting");
                }
            }
            case CONNECTED -> {
                if (restoredUntil != null && now.isBefore(restoredUntil)) {
                    text = UiText.of("connection.restored");
                } else {
                    restoredUntil = null;
                }
            }
            case DISCONNECTED -> text = gone;
            case CONNECTING -> text = UiText.of("connection.reconnecting");
        }
        canRetry.set(retry);
        if (!java.util.Objects.equals(text, banner.get())) {
            banner.set(text);
        }
    }
}
