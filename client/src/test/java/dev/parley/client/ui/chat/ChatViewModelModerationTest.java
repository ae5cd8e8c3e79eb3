package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.i18n.UiText;
import dev.parley.client.model.MessageItem;
import dev.parley.client.model.UserAction;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.ManualClock;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.Appoint;
import dev.parley.protocol.frame.BlockUser;
import dev.parley.protocol.frame.ListAdmins;
import dev.parley.protocol.frame.ListBlocks;
import dev.parley.protocol.frame.MyRestrictions;
import dev.parley.protocol.frame.UnblockUser;
import dev.parley.protocol.model.Done;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RestrictionList;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.UserList;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The chat's moderation side: who is offered which action (docs/moderation.md matrix), the
 * user's own bans and mutes arriving at start and by push, rooms changing live, the block list.
 */
class ChatViewModelModerationTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private final FakeChatService service = new FakeChatService();
    private final ManualClock clock = new ManualClock(NOW);
    private UserInfo me;
    private UserInfo alice;
    private UserInfo mod;
    private UserInfo owner;
    private UserInfo admin;
    private UserInfo guest;
    private long nextRestriction = 100;

    @BeforeEach
    void setUp() {
        alice = service.user("alice", "#ff0000");
        mod = service.user("mia", "#00ff00");
        owner = service.user("olaf", "#0000ff");
        admin = service.user("ada", "#00ffff");
        guest = service.user("Guest4711", "#ff00ff");
        service.register("me", "password1");
        me = service.users.values().stream().filter(u -> u.username().equals("me")).findFirst().orElseThrow();
    }

    private ChatViewModel chat(Role role, RoomInfo... rooms) {
        for (RoomInfo r : rooms) {
            service.withRoom(r);
        }
        ChatViewModel vm = new ChatViewModel(service, new SameThreadTaskExecutor(), me, role, null, notice -> { }, clock);
        vm.start();
        return vm;
    }

    private RoomInfo userRoom(long id, UserInfo roomOwner, UserInfo... moderators) {
        return new RoomInfo(id, "room" + id, "topic", 0, false, RoomInfo.USER, roomOwner.id(), List.of(moderators));
    }

    private RoomInfo fixedRoom(long id, UserInfo... moderators) {
        return new RoomInfo(id, "fixed" + id, "topic", 0, false, RoomInfo.FIXED, null, List.of(moderators));
    }

    private Restriction restriction(RestrictionKind kind, Long room, Instant until, boolean active) {
        return new Restriction(nextRestriction++, kind, room, room == null ? null : "room" + room, me, null, "spam",
                NOW, until, null, null, active);
    }

    private Set<UserAction> actions(ChatViewModel vm, UserInfo target) {
        return vm.actionsFor(target.id(), target.username());
    }

    // Who sees which menu item

    @Test
    void plainUser_mayOnlyBlockOthers_andNothingOnThemselves() {
        ChatViewModel vm = chat(Role.USER, fixedRoom(1, mod));

        assertThat(actions(vm, alice)).containsExactly(UserAction.BLOCK);
        assertThat(actions(vm, mod)).containsExactly(UserAction.BLOCK);
        assertThat(actions(vm, me)).isEmpty();
        assertThat(vm.permissionsProperty().get().seeBans()).isFalse();
        assertThat(vm.permissionsProperty().get().editRoom()).isFalse();
    }

    @Test
    void moderator_bansAndMutesUsers_butNotOtherModeratorsOrTheOwner_andAppointsNobody() {
        ChatViewModel vm = chat(Role.USER, userRoom(1, owner, me, mod));

        assertThat(actions(vm, alice)).containsExactly(UserAction.BAN, UserAction.MUTE, UserAction.BLOCK);
        assertThat(actions(vm, mod)).containsExactly(UserAction.BLOCK);
        assertThat(actions(vm, owner)).containsExactly(UserAction.BLOCK);
        assertThat(vm.permissionsProperty().get().seeBans()).isTrue();
        assertThat(vm.permissionsProperty().get().viewModerators()).isTrue();
        assertThat(vm.permissionsProperty().get().editRoom()).as("only the owner edits the room").isFalse();
        assertThat(vm.permissionsProperty().get().banIndefinitely()).isFalse();
    }

    @Test
    void owner_bansModerators_appointsUsersAndDemotesModerators_butNotGuests() {
        ChatViewModel vm = chat(Role.USER, userRoom(1, me, mod));

        assertThat(actions(vm, alice)).containsExactly(UserAction.BAN, UserAction.MUTE, UserAction.MAKE_MODERATOR, UserAction.BLOCK);
        assertThat(actions(vm, mod)).containsExactly(UserAction.BAN, UserAction.MUTE, UserAction.REMOVE_MODERATOR, UserAction.BLOCK);
        assertThat(actions(vm, guest)).containsExactly(UserAction.BAN, UserAction.MUTE, UserAction.BLOCK);
        assertThat(vm.permissionsProperty().get().editRoom()).isTrue();
        assertThat(vm.permissionsProperty().get().banIndefinitely()).isTrue();
        assertThat(vm.permissionsProperty().get().banEverywhere()).as("all rooms is for admins").isFalse();
    }

    @Test
    void ownerRightsStopAtTheirOwnRoom() {
        ChatViewModel vm = chat(Role.USER, userRoom(1, owner), userRoom(2, me));

        assertThat(vm.currentRoomProperty().get().id()).isEqualTo(1);
        assertThat(actions(vm, alice)).containsExactly(UserAction.BLOCK);
    }

    @Test
    void admin_bansAnyoneBelowAdmin_managesModerators_butNotOtherAdmins_andCannotMakeAdmins() {
        service.answers.put(ListAdmins.class, r -> new UserList(List.of(admin, me)));
        ChatViewModel vm = chat(Role.ADMIN, userRoom(1, owner, mod));

        assertThat(actions(vm, owner)).contains(UserAction.BAN, UserAction.MUTE).doesNotContain(UserAction.MAKE_MODERATOR);
        assertThat(actions(vm, mod)).contains(UserAction.BAN, UserAction.REMOVE_MODERATOR);
        assertThat(actions(vm, admin)).doesNotContain(UserAction.BAN, UserAction.MUTE, UserAction.MAKE_ADMIN, UserAction.REMOVE_ADMIN);
        assertThat(vm.permissionsProperty().get().banEverywhere()).isTrue();
        assertThat(vm.permissionsProperty().get().editRoom()).isTrue();
    }

    @Test
    void admin_inAFixedRoom_seesBansButNoRoomSettings() {
        ChatViewModel vm = chat(Role.ADMIN, fixedRoom(1));

        assertThat(vm.permissionsProperty().get().seeBans()).isTrue();
        assertThat(vm.permissionsProperty().get().editRoom()).as("fixed rooms follow the config file").isFalse();
    }

    @Test
    void superuser_makesAndRemovesAdmins_butNotGuests() {
        service.answers.put(ListAdmins.class, r -> new UserList(List.of(admin, me)));
        ChatViewModel vm = chat(Role.SUPERUSER, fixedRoom(1));

        assertThat(actions(vm, alice)).contains(UserAction.MAKE_ADMIN, UserAction.BAN);
        assertThat(actions(vm, admin)).contains(UserAction.REMOVE_ADMIN, UserAction.BAN);
        assertThat(actions(vm, guest)).doesNotContain(UserAction.MAKE_ADMIN);
    }

    @Test
    void rolePush_grantsAdminPowersAtOnce() {
        ChatViewModel vm = chat(Role.USER, fixedRoom(1));
        assertThat(actions(vm, alice)).containsExactly(UserAction.BLOCK);

        vm.roleChanged(Role.ADMIN);

        assertThat(vm.roleProperty().get()).isEqualTo(Role.ADMIN);
        assertThat(actions(vm, alice)).contains(UserAction.BAN, UserAction.MUTE, UserAction.MAKE_MODERATOR);
        assertThat(service.requests(ListAdmins.class)).as("admins are loaded to rank targets").hasSize(1);
    }

    @Test
    void guest_mayNotOpenRooms_andBarredUser_mayNotUntilTheBarIsLifted() {
        assertThat(chat(Role.GUEST, fixedRoom(1)).canCreateRoomProperty().get()).isFalse();

        ChatViewModel vm = chat(Role.USER);
        assertThat(vm.canCreateRoomProperty().get()).isTrue();
        Restriction bar = restriction(RestrictionKind.NO_ROOMS, null, null, true);
        vm.restrictionChanged(bar);
        assertThat(vm.canCreateRoomProperty().get()).isFalse();

        vm.restrictionChanged(new Restriction(bar.id(), bar.kind(), null, null, me, null, null, NOW, null, NOW, null, false));
        assertThat(vm.canCreateRoomProperty().get()).isTrue();
    }

    // Restrictions on me

    @Test
    void mutePush_locksTheComposerWithTheEnd_andLiftingItUnlocksLive() {
        ChatViewModel vm = chat(Role.USER, fixedRoom(1));
        Instant until = NOW.plusSeconds(3600);
        Restriction mute = restriction(RestrictionKind.MUTE, 1L, until, true);

        vm.restrictionChanged(mute);

        assertThat(vm.composer().lockProperty().get()).isEqualTo(UiText.of("mod.muted.room.until", Date.from(until)));
        assertThat(vm.composer().lockReasonProperty().get()).isEqualTo("spam");
        assertThat(vm.composer().writableProperty().get()).isFalse();
        assertThat(vm.currentRoomProperty().get()).as("a mute does not put the user out").isNotNull();

        vm.restrictionChanged(new Restriction(mute.id(), RestrictionKind.MUTE, 1L, "room1", me, null, "spam", NOW, until, NOW, null, false));

        assertThat(vm.composer().lockProperty().get()).isNull();
        assertThat(vm.composer().writableProperty().get()).isTrue();
    }

    @Test
    void muteInAllRooms_fromMyRestrictionsAtStart_locksEveryRoom_untilItRunsOut() {
        Instant until = NOW.plusSeconds(600);
        service.answers.put(MyRestrictions.class, r -> new RestrictionList(List.of(restriction(RestrictionKind.MUTE, null, until, true)), false));
        ChatViewModel vm = chat(Role.USER, fixedRoom(1), fixedRoom(2));

        assertThat(vm.composer().lockProperty().get()).isEqualTo(UiText.of("mod.muted.all.until", Date.from(until)));
        vm.openRoom(vm.rooms().get(1));
        assertThat(vm.composer().lockProperty().get()).isEqualTo(UiText.of("mod.muted.all.until", Date.from(until)));

        clock.advanceSeconds(599);
        vm.tick();
        assertThat(vm.composer().lockProperty().get()).isNotNull();
        clock.advanceSeconds(1);
        vm.tick();
        assertThat(vm.composer().lockProperty().get()).as("the server sends no push when a mute runs out").isNull();
    }

    @Test
    void banPushForTheOpenRoom_leavesItAtOnceWithNoticeAndReason() {
        ChatViewModel vm = chat(Role.USER, fixedRoom(1));
        service.post(1, alice, "hello");
        assertThat(vm.messages()).hasSize(1);

        vm.restrictionChanged(restriction(RestrictionKind.BAN, 1L, null, true));

        assertThat(vm.currentRoomProperty().get()).isNull();
        assertThat(vm.messages()).isEmpty();
        assertThat(vm.noticeProperty().get()).isEqualTo(UiText.of("mod.banned.room.indefinitely", "#room1"));
        assertThat(vm.noticeReasonProperty().get()).isEqualTo("spam");
        assertThat(vm.composer().availableProperty().get()).isFalse();
        assertThat(service.calls).as("the server already unsubscribed us").doesNotContain("close 1");
    }

    @Test
    void banPushForAnotherRoom_leavesTheOpenRoomAlone() {
        ChatViewModel vm = chat(Role.USER, fixedRoom(1), fixedRoom(2));

        vm.restrictionChanged(restriction(RestrictionKind.BAN, 2L, NOW.plusSeconds(60), true));

        assertThat(vm.currentRoomProperty().get().id()).isEqualTo(1);
        assertThat(vm.noticeProperty().get()).isNull();
    }

    @Test
    void bannedOnOpen_showsTheSameNotice_withTheEndFromTheError() {
        ChatViewModel vm = chat(Role.USER, fixedRoom(1), fixedRoom(2));
        Instant until = NOW.plusSeconds(7200);
        service.nextFailure = new ParleyException(ErrorCode.BANNED, Map.of("room", "2", "until", until.toString(), "reason", "flooding"));

        vm.openRoom(vm.rooms().get(1));

        assertThat(vm.currentRoomProperty().get()).isNull();
        assertThat(vm.noticeProperty().get()).isEqualTo(UiText.of("mod.banned.room.until", "#fixed2", Date.from(until)));
        assertThat(vm.noticeReasonProperty().get()).isEqualTo("flooding");
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void bannedFromAllRoomsOnOpen_saysAllRoomsIndefinitely() {
        ChatViewModel vm = chat(Role.USER, fixedRoom(1), fixedRoom(2));
        service.nextFailure = new ParleyException(ErrorCode.BANNED, Map.of());

        vm.openRoom(vm.rooms().get(1));

        assertThat(vm.noticeProperty().get()).isEqualTo(UiText.of("mod.banned.all.indefinitely"));
        assertThat(vm.noticeReasonProperty().get()).isNull();
    }

    @Test
    void banFromTheFirstRoom_knownAtStart_putsTheUserOutWithTheNotice() {
        service.answers.put(MyRestrictions.class, r -> new RestrictionList(List.of(restriction(RestrictionKind.BAN, 1L, null, true)), false));

        ChatViewModel vm = chat(Role.USER, fixedRoom(1), fixedRoom(2));

        assertThat(vm.currentRoomProperty().get()).isNull();
        assertThat(vm.noticeProperty().get()).isEqualTo(UiText.of("mod.banned.room.indefinitely", "#room1"));
    }

    @Test
    void muteInOneRoom_locksTheComposerOnlyThere_whenSwitchingRooms() {
        Instant until = NOW.plusSeconds(600);
        service.answers.put(MyRestrictions.class, r -> new RestrictionList(List.of(restriction(RestrictionKind.MUTE, 2L, until, true)), false));
        ChatViewModel vm = chat(Role.USER, fixedRoom(1), fixedRoom(2));
        assertThat(vm.composer().lockProperty().get()).isNull();

        vm.openRoom(vm.rooms().get(1));
        assertThat(vm.composer().lockProperty().get()).isEqualTo(UiText.of("mod.muted.room.until", Date.from(until)));

        vm.openRoom(vm.rooms().get(0));
        assertThat(vm.composer().lockProperty().get()).isNull();
    }

    // Rooms changing live

    @Test
    void roomPush_addsNewRooms_andReplacesTheOpenOneInPlace() {
        ChatViewModel vm = chat(Role.USER, fixedRoom(1));

        vm.roomChanged(userRoom(5, alice));
        RoomInfo changed = new RoomInfo(1, "fixed1", "new topic", 0, false, RoomInfo.FIXED, null, List.of());
        vm.roomChanged(changed);

        assertThat(vm.rooms()).extracting(RoomInfo::id).containsExactly(1L, 5L);
        assertThat(vm.currentRoomProperty().get().topic()).isEqualTo("new topic");
        assertThat(service.calls.stream().filter(c -> c.equals("open 1"))).as("not reopened").hasSize(1);
    }

    @Test
    void closingTheOpenRoom_locksTheComposer_andAppointmentChangesMyStanding() {
        ChatViewModel vm = chat(Role.USER, userRoom(1, owner));

        vm.roomChanged(new RoomInfo(1, "room1", "topic", 0, true, RoomInfo.USER, owner.id(), List.of()));
        assertThat(vm.composer().lockProperty().get()).isEqualTo(UiText.of("room.closed.composer"));

        vm.roomChanged(new RoomInfo(1, "room1", "topic", 0, false, RoomInfo.USER, owner.id(), List.of(me)));
        assertThat(vm.composer().lockProperty().get()).isNull();
        assertThat(actions(vm, alice)).contains(UserAction.BAN);
    }

    @Test
    void appoint_sendsTheRoomAndUser_andTakesTheChangedRoom() {
        ChatViewModel vm = chat(Role.USER, userRoom(1, me));
        service.answers.put(Appoint.class, r -> userRoom(1, me, alice));

        vm.appoint(alice.id());

        assertThat(service.requests(Appoint.class)).singleElement()
                .satisfies(a -> assertThat(List.of(a.room(), a.user())).containsExactly(1L, alice.id()));
        assertThat(actions(vm, alice)).contains(UserAction.REMOVE_MODERATOR);
    }

    // Block list

    @Test
    void blockedAuthorsMessages_areCollapsedUntilExpanded() {
        service.answers.put(ListBlocks.class, r -> new UserList(List.of(alice)));
        service.withRoom(fixedRoom(1));
        service.seed(1, alice, "from alice");
        service.seed(1, mod, "from mia");
        ChatViewModel vm = chat(Role.USER);
        MessageItem fromAlice = vm.messages().get(0);
        MessageItem fromMia = vm.messages().get(1);

        assertThat(vm.isCollapsed(fromAlice)).isTrue();
        assertThat(vm.isCollapsed(fromMia)).isFalse();
        assertThat(actions(vm, alice)).contains(UserAction.UNBLOCK).doesNotContain(UserAction.BLOCK);

        vm.expand(fromAlice);

        assertThat(vm.isCollapsed(fromAlice)).isFalse();
    }

    @Test
    void blockAndUnblock_keepTheSetCurrent() {
        service.answers.put(BlockUser.class, r -> new Done());
        service.answers.put(UnblockUser.class, r -> new Done());
        service.withRoom(fixedRoom(1));
        service.seed(1, mod, "from mia");
        ChatViewModel vm = chat(Role.USER);
        MessageItem fromMia = vm.messages().get(0);

        vm.block(mod.id());
        assertThat(vm.blockedUsers()).containsExactly(mod.id());
        assertThat(vm.isCollapsed(fromMia)).isTrue();

        vm.unblock(mod.id());
        assertThat(vm.blockedUsers()).isEmpty();
        assertThat(vm.isCollapsed(fromMia)).isFalse();
    }
}
