package dev.parley.client.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.UiText;
import dev.parley.client.model.RoomPermissions;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.ui.moderation.BanDialogViewModel.Preset;
import dev.parley.client.ui.moderation.BanDialogViewModel.Unit;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanDialogViewModelTest {
    private static final UserInfo ME = new UserInfo(1, "me", "me", "#000000");
    private static final UserInfo TARGET = new UserInfo(2, "troll", "troll", "#000000");
    private final FakeChatService service = new FakeChatService();
    private final List<Restriction> done = new ArrayList<>();

    private BanDialogViewModel dialog(Role role, RoomInfo room, RestrictionKind kind) {
        return new BanDialogViewModel(service, new SameThreadTaskExecutor(), TARGET, room,
                RoomPermissions.of(ME.id(), role, room), kind, done::add);
    }

    private static RoomInfo room(Long owner, UserInfo... moderators) {
        return new RoomInfo(9, "general", "", 0, false, RoomInfo.USER, owner, List.of(moderators));
    }

    @Test
    void moderator_getsNoIndefinitely_andNoAllRooms() {
        BanDialogViewModel vm = dialog(Role.USER, room(5L, ME), RestrictionKind.BAN);

        assertThat(vm.presets()).containsExactly(Preset.TEN_MINUTES, Preset.ONE_HOUR, Preset.ONE_DAY, Preset.ONE_WEEK, Preset.CUSTOM);
        assertThat(vm.allRoomsAllowed()).isFalse();
        vm.presetProperty().set(Preset.INDEFINITELY);
        assertThat(vm.durationSeconds()).as("refused even if chosen").isEqualTo(-1L);
    }

    @Test
    void ownerGetsIndefinitely_adminAlsoAllRooms() {
        assertThat(dialog(Role.USER, room(ME.id()), RestrictionKind.BAN).presets()).contains(Preset.INDEFINITELY);
        assertThat(dialog(Role.USER, room(ME.id()), RestrictionKind.BAN).allRoomsAllowed()).isFalse();
        assertThat(dialog(Role.ADMIN, room(5L), RestrictionKind.BAN).allRoomsAllowed()).isTrue();
    }

    @Test
    void customDuration_isBoundedFromOneMinuteTo366Days() {
        BanDialogViewModel vm = dialog(Role.USER, room(ME.id()), RestrictionKind.BAN);
        vm.presetProperty().set(Preset.CUSTOM);

        vm.customUnitProperty().set(Unit.MINUTES);
        vm.customAmountProperty().set("1");
        assertThat(vm.durationSeconds()).isEqualTo(60L);
        vm.customAmountProperty().set("0");
        assertThat(vm.durationSeconds()).isEqualTo(-1L);
        vm.customAmountProperty().set("ten");
        assertThat(vm.durationSeconds()).isEqualTo(-1L);
        vm.customUnitProperty().set(Unit.DAYS);
        vm.customAmountProperty().set("366");
        assertThat(vm.durationSeconds()).isEqualTo(366L * 86_400);
        vm.customAmountProperty().set("367");
        assertThat(vm.durationSeconds()).isEqualTo(-1L);

        vm.submit();
        assertThat(vm.errorProperty().get()).isEqualTo(UiText.of(BanDialogViewModel.BAD_DURATION));
        assertThat(service.requests).isEmpty();
    }

    @Test
    void submit_sendsKindRoomDurationAndReason_andReportsDone() {
        Restriction stored = new Restriction(7, RestrictionKind.MUTE, 9L, "general", TARGET, ME, "spam", Instant.EPOCH,
                Instant.EPOCH.plusSeconds(3600), null, null, true);
        service.answers.put(Ban.class, r -> stored);
        BanDialogViewModel vm = dialog(Role.USER, room(ME.id()), RestrictionKind.MUTE);
        vm.presetProperty().set(Preset.ONE_HOUR);
        vm.reasonProperty().set("  spam ");

        vm.submit();

        Ban sent = service.requests(Ban.class).get(0);
        assertThat(sent.user()).isEqualTo(TARGET.id());
        assertThat(sent.room()).isEqualTo(9L);
        assertThat(sent.kind()).isEqualTo(RestrictionKind.MUTE);
        assertThat(sent.durationSeconds()).isEqualTo(3600L);
        assertThat(sent.reason()).isEqualTo("spam");
        assertThat(done).containsExactly(stored);
        assertThat(vm.doneProperty().get()).isTrue();
    }

    @Test
    void adminBanInAllRoomsIndefinitely_sendsNoRoomAndNoDuration() {
        service.answers.put(Ban.class, r -> null);
        BanDialogViewModel vm = dialog(Role.ADMIN, room(5L), RestrictionKind.BAN);
        vm.presetProperty().set(Preset.INDEFINITELY);
        vm.allRoomsProperty().set(true);

        vm.submit();

        Ban sent = service.requests(Ban.class).get(0);
        assertThat(sent.room()).isNull();
        assertThat(sent.durationSeconds()).isNull();
        assertThat(sent.reason()).isNull();
    }

    @Test
    void refusal_isShownTranslated_andTheDialogStays() {
        service.nextFailure = new ParleyException(ErrorCode.FORBIDDEN);
        BanDialogViewModel vm = dialog(Role.USER, room(ME.id()), RestrictionKind.BAN);

        vm.submit();

        assertThat(vm.errorProperty().get()).isEqualTo(UiText.of("error.forbidden", "", "", "", "", ""));
        assertThat(vm.doneProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
