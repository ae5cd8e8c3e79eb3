package dev.parley.client.ui.admin;

import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.UserInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The admins' "Ban user…" form on the Ban history page (MOD-6): a user by name, what to take
 * away (ban or mute in every room, or opening rooms), for how long (presets, a custom number of
 * minutes, hours or days, or indefinitely) and why. It always bans site-wide (no room); per-room
 * bans are given from the chat.
 */
public final class BanUserViewModel extends AdminPageViewModel {
    /** The duration choices, as the issue lists them; {@code seconds} null for custom and indefinitely. */
    public enum Duration {
        TEN_MINUTES(600L), ONE_HOUR(3600L), ONE_DAY(86_400L), ONE_WEEK(7 * 86_400L), CUSTOM(null), INDEFINITELY(null);

        private final Long seconds;

        Duration(Long seconds) {
            this.seconds = seconds;
        }
    }

    /** The unit of a custom duration. */
    public enum Unit {
        MINUTES(60), HOURS(3600), DAYS(86_400);

        private final long seconds;

        Unit(long seconds) {
            this.seconds = seconds;
        }
    }

    private final Runnable banned;
    private final StringProperty username = new SimpleStringProperty("");
    private final ObjectProperty<RestrictionKind> kind = new SimpleObjectProperty<>(RestrictionKind.BAN);
    private final ObjectProperty<Duration> duration = new SimpleObjectProperty<>(Duration.ONE_DAY);
    private final StringProperty customAmount = new SimpleStringProperty("");
    private final ObjectProperty<Unit> customUnit = new SimpleObjectProperty<>(Unit.HOURS);
    private final StringProperty reason = new SimpleStringProperty("");

    /** {@code banned} runs on the UI thread after the server accepted the ban. */
    public BanUserViewModel(ChatService service, TaskExecutor executor, Runnable banned) {
        super(service, executor);
        this.banned = banned;
    }

    // Properties

    public StringProperty usernameProperty() {
        return username;
    }

    public ObjectProperty<RestrictionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Duration> durationProperty() {
        return duration;
    }

    /** The number typed for a custom duration. */
    public StringProperty customAmountProperty() {
        return customAmount;
    }

    public ObjectProperty<Unit> customUnitProperty() {
        return customUnit;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    // Commands

    /**
     * Checks the form, finds the user and bans them everywhere; {@code onDone} (and the
     * constructor's callback) run only when the server accepted, so the form stays open with
     * the error otherwise.
     */
    public void submit(Runnable onDone) {
        String name = trimmed(username.get());
        if (name == null) {
            fail(UiText.of("admin.user_required"));
            return;
        }
        Long seconds;
        try {
            seconds = seconds();
        } catch (IllegalArgumentException e) {
            fail(UiText.of("admin.ban.custom_invalid"));
            return;
        }
        RestrictionKind what = kind.get();
        String why = trimmed(reason.get());
        call(() -> {
            UserInfo user = service.request(id -> new FindUser(id, name));
            return service.request(id -> new Ban(id, user.id(), null, what, seconds, why));
        }, (Restriction r) -> {
            banned.run();
            onDone.run();
        });
    }

    /** The chosen duration in seconds, null for indefinitely; a bad custom one is refused here. */
    Long seconds() {
        Duration d = duration.get();
        if (d == Duration.INDEFINITELY) {
            return null;
        }
        if (d != Duration.CUSTOM) {
            return d.seconds;
        }
        long amount;
        try {
            amount = Long.parseLong(customAmount.get() == null ? "" : customAmount.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + customAmount.get(), e);
        }
        if (amount <= 0 || amount > Limits.MAX_BAN_SECONDS / customUnit.get().seconds) {
            throw new IllegalArgumentException("out of range: " + amount);
        }
        long s = amount * customUnit.get().seconds;
        if (s < Limits.MIN_BAN_SECONDS) {
            throw new IllegalArgumentException("too short: " + s);
        }
        return s;
    }
}
