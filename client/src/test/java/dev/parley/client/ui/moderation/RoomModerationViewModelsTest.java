package dev.parley.client.ui.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.UiText;
import dev.parley.client.model.RoomPermissions;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.frame.Unban;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RestrictionList;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The room ban page, the room settings and the new-room dialog. */
class RoomModerationViewModelsTest {
    private static final UserInfo ME = new UserInfo(1, "me", "me", "#000000");
    private static final UserInfo TARGET = new UserInfo(2, "troll", "troll", "#000000");
    private final FakeChatService service = new FakeChatService();
    private final RoomInfo room = new RoomInfo(9, "general", "old", 0, false, RoomInfo.USER, 5L, List.of(ME));

    private static Restriction ban(long id, Long room, Instant until) {
        return new Restriction(id, RestrictionKind.BAN, room, "general", TARGET, ME, "spam", Instant.EPOCH, until, null, null, true);
    }

    @Test
    void bansPage_listsActiveBansOfTheRoom_andModeratorsLiftOnlyTimeLimitedRoomBans() {
        Restriction timed = ban(1, 9L, Instant.parse("2030-01-01T00:00:00Z"));
        Restriction indefinite = ban(2, 9L, null);
        Restriction siteWide = ban(3, null, Instant.parse("2030-01-01T00:00:00Z"));
        service.answers.put(ListBans.class, r -> new RestrictionList(List.of(timed, indefinite, siteWide), false));
        RoomBansViewModel asModerator = new RoomBansViewModel(service, new SameThreadTaskExecutor(), room, RoomPermissions.of(ME.id(), Role.USER, room));

        asModerator.load();

        ListBans asked = service.requests(ListBans.class).get(0);
        assertThat(asked.room()).isEqualTo(9L);
        assertThat(asked.activeOnly()).isTrue();
        assertThat(asModerator.bans()).containsExactly(timed, indefinite, siteWide);
        assertThat(asModerator.canUnban(timed)).isTrue();
        assertThat(asModerator.canUnban(indefinite)).as("indefinite needs the owner or an admin").isFalse();
        assertThat(asModerator.canUnban(siteWide)).as("site-wide needs an admin").isFalse();

        RoomInfo mine = new RoomInfo(9, "general", "", 0, false, RoomInfo.USER, ME.id(), List.of());
        RoomBansViewModel asOwner = new RoomBansViewModel(service, new SameThreadTaskExecutor(), mine, RoomPermissions.of(ME.id(), Role.USER, mine));
        assertThat(asOwner.canUnban(indefinite)).isTrue();
        assertThat(asOwner.canUnban(siteWide)).isFalse();
        RoomBansViewModel asAdmin = new RoomBansViewModel(service, new SameThreadTaskExecutor(), room, RoomPermissions.of(ME.id(), Role.ADMIN, room));
        assertThat(asAdmin.canUnban(siteWide)).isTrue();
    }

    @Test
    void unban_removesTheRowOnceTheServerAgreed_andRefusalsAreShown() {
        Restriction timed = ban(1, 9L, Instant.parse("2030-01-01T00:00:00Z"));
        Restriction other = ban(4, 9L, Instant.parse("2030-01-01T00:00:00Z"));
        service.answers.put(ListBans.class, r -> new RestrictionList(List.of(timed, other), false));
        service.answers.put(Unban.class, r -> timed);
        RoomBansViewModel vm = new RoomBansViewModel(service, new SameThreadTaskExecutor(), room, RoomPermissions.of(ME.id(), Role.USER, room));
        vm.load();

        vm.unban(timed);
        assertThat(service.requests(Unban.class).get(0).restriction()).isEqualTo(1L);
        assertThat(vm.bans()).containsExactly(other);

        service.nextFailure = new ParleyException(ErrorCode.RESTRICTION_NOT_FOUND);
        vm.unban(other);
        assertThat(vm.bans()).containsExactly(other);
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.restriction_not_found");
    }

    @Test
    void settings_sendOnlyWhatChanged() {
        List<RoomInfo> saved = new ArrayList<>();
        RoomInfo changed = new RoomInfo(9, "general", "old", 10, false, RoomInfo.USER, 5L, List.of(ME));
        service.answers.put(UpdateRoom.class, r -> changed);
        RoomSettingsViewModel vm = new RoomSettingsViewModel(service, new SameThreadTaskExecutor(), room, saved::add);

        vm.slowmodeSecondsProperty().set(10);
        vm.save();

        UpdateRoom sent = service.requests(UpdateRoom.class).get(0);
        assertThat(sent.slowmodeSeconds()).isEqualTo(10);
        assertThat(sent.topic()).isNull();
        assertThat(sent.closed()).isNull();
        assertThat(saved).containsExactly(changed);
        assertThat(vm.doneProperty().get()).isTrue();
    }

    @Test
    void createRoom_barredUserGetsItsOwnText_andSuccessHandsTheRoomOn() {
        List<RoomInfo> created = new ArrayList<>();
        CreateRoomViewModel vm = new CreateRoomViewModel(service, new SameThreadTaskExecutor(), created::add);
        vm.nameProperty().set("  ");
        vm.create();
        assertThat(vm.errorProperty().get()).isEqualTo(UiText.of(CreateRoomViewModel.NAME_MISSING));

        vm.nameProperty().set("ops");
        service.nextFailure = new ParleyException(ErrorCode.BANNED);
        vm.create();
        assertThat(vm.errorProperty().get()).isEqualTo(UiText.of(CreateRoomViewModel.BARRED));

        service.nextFailure = new ParleyException(ErrorCode.ROOM_NAME_TAKEN);
        vm.create();
        assertThat(vm.errorProperty().get().key()).isEqualTo("error.room_name_taken");

        RoomInfo ops = new RoomInfo(12, "ops", "", 0, false, RoomInfo.USER, ME.id(), List.of());
        service.answers.put(CreateRoom.class, r -> ops);
        vm.topicProperty().set("on call");
        vm.create();
        assertThat(service.requests(CreateRoom.class).get(service.requests(CreateRoom.class).size() - 1).topic()).isEqualTo("on call");
        assertThat(created).containsExactly(ops);
        assertThat(vm.doneProperty().get()).isTrue();
    }
}
