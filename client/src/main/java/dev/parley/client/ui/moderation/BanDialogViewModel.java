package dev.parley.client.ui.moderation;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.model.RoomPermissions;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The ban dialog (MOD-3, MOD-5, MOD-6): ban or mute one user, for a preset or custom time
 * (1 minute to 366 days) or, for the room's owner and admins, indefinitely; in this room or,
 * for admins, in every room; with a reason. Sends {@code ban}; a refusal is shown translated
 * and the dialog stays; a success hands the restriction to {@code onDone} (which closes it).
 */
public final class BanDialogViewModel {
    /** A choice of how long. */
    public enum Preset {
        TEN_MINUTES(600L),
        ONE_HOUR(3600L),
        ONE_DAY(86_400L),
        ONE_WEEK(7 * 86_400L),
        CUSTOM(null),
        INDEFINITELY(null);

        private final Long seconds;

        Preset(Long seconds) {
            this.seconds = seconds;
        }
    }

    /** The unit of a custom duration. */
    public enum Unit {
        MINUTES(60),
        HOURS(3600),
        DAYS(86_400);

        private final long seconds;

        Unit(long seconds) {
            this.seconds = seconds;
        }
    }

    /** Shown when the custom duration is not a whole number between 1 minute and 366 days. */
    public static final String BAD_DURATION = "mod.ban.error.duration";

    // Properties
    private final ObjectProperty<RestrictionKind> kind = new SimpleObjectProperty<>(RestrictionKind.BAN);
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.ONE_HOUR);
    private final StringProperty customAmount = new SimpleStringProperty("1");
    private final ObjectProperty<Unit> customUnit = new SimpleObjectProperty<>(Unit.HOURS);
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty allRooms = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    private final ChatService service;
    private final TaskExecutor executor;
    private final UserInfo target;
    private final RoomInfo room;
    private final RoomPermissions permissions;
    private final Consumer<Restriction> onDone;

    public BanDialogViewModel(ChatService service, TaskExecutor executor, UserInfo target, RoomInfo room,
                              RoomPermissions permissions, RestrictionKind initialKind, Consumer<Restriction> onDone) {
        this.service = service;
        this.executor = executor;
        this.target = target;
        this.room = room;
        this.permissions = permissions;
        this.onDone = onDone;
        kind.set(initialKind == RestrictionKind.MUTE ? RestrictionKind.MUTE : RestrictionKind.BAN);
    }

    public UserInfo target() {
        return target;
    }

    public RoomInfo room() {
        return room;
    }

    /** The durations offered: "indefinitely" only to the room's owner and admins. */
    public List<Preset> presets() {
        List<Preset> offered = new ArrayList<>(List.of(Preset.values()));
        if (!permissions.banIndefinitely()) {
            offered.remove(Preset.INDEFINITELY);
        }
        return offered;
    }

    /** Whether "all rooms" is offered: admins only. */
    public boolean allRoomsAllowed() {
        return permissions.banEverywhere();
    }

    public ObjectProperty<RestrictionKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public StringProperty customAmountProperty() {
        return customAmount;
    }

    public ObjectProperty<Unit> customUnitProperty() {
        return customUnit;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public BooleanProperty allRoomsProperty() {
        return allRooms;
    }

    /** Set once the command succeeded: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * The chosen duration in seconds, null for indefinitely; -1 when it is not allowed: a custom
     * amount that is not a whole number or lies outside 1 minute .. 366 days, or indefinitely
     * for someone who may not.
     */
    public Long durationSeconds() {
        Preset p = preset.get();
        if (p == Preset.INDEFINITELY) {
            return permissions.banIndefinitely() ? null : -1L;
        }
        if (p != Preset.CUSTOM) {
            return p.seconds;
        }
        long amount;
        try {
            amount = Long.parseLong(customAmount.get().strip());
        } catch (NumberFormatException | NullPointerException notANumber) {
            return -1L;
        }
        if (amount < 1 || amount > Limits.MAX_BAN_SECONDS) {
            return -1L;
        }
        long seconds = amount * customUnit.get().seconds;
        return seconds < Limits.MIN_BAN_SECONDS || seconds > Limits.MAX_BAN_SECONDS ? -1L : seconds;
    }

    // Commands

    /** Sends the ban; does nothing while one is on its way. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        Long duration = durationSeconds();
        if (duration != null && duration < 0) {
            error.set(UiText.of(BAD_DURATION));
            return;
        }
        Long where = allRooms.get() && allRoomsAllowed() ? null : room.id();
        RestrictionKind what = kind.get();
        String why = reason.get() == null || reason.get().isBlank() ? null : reason.get().strip();
        error.set(null);
        busy.set(true);
        executor.run(() -> service.request(id -> new Ban(id, target.id(), where, what, duration, why)), restriction -> {
            busy.set(false);
            onDone.accept(restriction);
            done.set(true);
        }, e -> {
            busy.set(false);
            error.set(ErrorTexts.of(e, false));
        });
    }
}
