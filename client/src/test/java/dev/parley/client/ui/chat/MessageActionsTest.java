package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.model.MessageItem;
import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.frame.DeleteMessage;
import dev.parley.protocol.frame.React;
import dev.parley.protocol.frame.RevealAuthor;
import dev.parley.protocol.frame.Vote;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Votes, reactions, deletion, revealing and versions from a message row (spec M-4..M-7, M-12). */
class MessageActionsTest {
    private static final String THUMBS = "\uD83D\uDC4D";
    private final FakeChatService service = new FakeChatService();
    private UserInfo alice;
    private UserInfo me;

    @BeforeEach
    void setUp() {
        service.withRoom(1, "general", "");
        alice = service.user("alice", "#ff0000");
        service.register("me", "password1");
        me = service.users.values().stream().filter(u -> u.username().equals("me")).findFirst().orElseThrow();
    }

    private ChatViewModel chat(Role role, RoomInfo room) {
        service.withRoom(room);
        ChatViewModel vm = new ChatViewModel(service, new SameThreadTaskExecutor(), me, role, null, n -> { },
                java.time.Clock.systemUTC());
        vm.start();
        return vm;
    }

    private ChatViewModel chat(Role role) {
        return chat(role, new RoomInfo(1, "general", "", 0, false));
    }

    private MessageInfo seed(long id, UserInfo author, boolean anonymous) {
        return service.seed(new MessageInfo(id, 1, author.id(), "text " + id, Instant.parse("2026-06-10T10:00:00Z"), null, null,
                anonymous, 1, author == me ? 1 : null, null, List.of(), null, List.of()));
    }

    @Test
    void vote_upThenUpAgainRemovesIt_thenDown_showingTheServersSum() {
        seed(5, alice, false);
        ChatViewModel vm = chat(Role.USER);
        MessageItem row = vm.messages().get(0);

        vm.actions().vote(row, 1);
        assertThat(row.score()).isEqualTo(2);
        assertThat(row.myVote()).isEqualTo(1);

        vm.actions().vote(row, 1);
        assertThat(row.score()).isEqualTo(1);
        assertThat(row.myVote()).isZero();

        vm.actions().vote(row, -1);
        assertThat(row.score()).isZero();
        assertThat(row.myVote()).isEqualTo(-1);
        assertThat(service.requests(Vote.class)).extracting(Vote::value).containsExactly(1, 0, -1);
    }

    @Test
    void vote_onMyOwnMessage_changesMyAutomaticUpvote() {
        seed(5, me, false);
        ChatViewModel vm = chat(Role.USER);
        MessageItem row = vm.messages().get(0);
        assertThat(row.myVote()).isEqualTo(1);

        vm.actions().vote(row, -1);

        assertThat(row.score()).isEqualTo(-1);
        assertThat(service.requests(Vote.class)).extracting(Vote::value).containsExactly(-1);
    }

    @Test
    void toggleReaction_addsThenTakesBackMine() {
        seed(5, alice, false);
        ChatViewModel vm = chat(Role.USER);
        MessageItem row = vm.messages().get(0);

        vm.actions().toggleReaction(row, THUMBS);
        assertThat(row.reactions()).singleElement().satisfies(r -> {
            assertThat(r.count()).isEqualTo(1);
            assertThat(r.byReader()).isTrue();
        });

        vm.actions().toggleReaction(row, THUMBS);
        assertThat(row.reactions()).isEmpty();
        assertThat(service.requests(React.class)).extracting(React::on).containsExactly(true, false);
    }

    @Test
    void delete_ownMessage_leavesATombstone() {
        seed(5, me, false);
        ChatViewModel vm = chat(Role.USER);
        MessageItem row = vm.messages().get(0);

        vm.actions().delete(row);

        assertThat(row.deleted()).isTrue();
        assertThat(vm.messages()).hasSize(1);
    }

    @Test
    void deleteOthers_onlyForModeratorsOwnersAndAdmins() {
        seed(5, alice, false);
        ChatViewModel plain = chat(Role.USER);
        assertThat(plain.actions().canDelete(plain.messages().get(0))).isFalse();
        plain.actions().delete(plain.messages().get(0));
        assertThat(service.requests(DeleteMessage.class)).isEmpty();

        ChatViewModel moderator = chat(Role.USER, new RoomInfo(1, "general", "", 0, false, RoomInfo.FIXED, null, List.of(me)));
        assertThat(moderator.actions().canDelete(moderator.messages().get(0))).isTrue();
        ChatViewModel admin = chat(Role.ADMIN);
        assertThat(admin.actions().canDelete(admin.messages().get(0))).isTrue();
    }

    @Test
    void edit_onlyOwnMessagesInOpenRooms() {
        seed(5, me, false);
        seed(6, alice, false);
        ChatViewModel vm = chat(Role.ADMIN);
        assertThat(vm.actions().canEdit(vm.messages().get(0))).isTrue();
        assertThat(vm.actions().canEdit(vm.messages().get(1))).as("not even admins edit others' messages").isFalse();

        ChatViewModel closed = chat(Role.USER, new RoomInfo(1, "general", "", 0, true));
        assertThat(closed.actions().canEdit(closed.messages().get(0))).isFalse();
    }

    @Test
    void reveal_onlyForAdmins_onAnonymousMessages() {
        seed(5, alice, true);
        seed(6, alice, false);
        ChatViewModel user = chat(Role.USER);
        assertThat(user.actions().canReveal(user.messages().get(0))).isFalse();

        ChatViewModel admin = chat(Role.ADMIN);
        assertThat(admin.actions().canReveal(admin.messages().get(0))).isTrue();
        assertThat(admin.actions().canReveal(admin.messages().get(1))).isFalse();

        admin.actions().reveal(admin.messages().get(0));

        assertThat(service.requests(RevealAuthor.class)).extracting(RevealAuthor::message).containsExactly(5L);
        assertThat(admin.actions().revealedProperty().get().author()).isEqualTo(alice);
    }

    @Test
    void versions_listEveryVersionOldestFirst() {
        seed(5, me, false);
        ChatViewModel vm = chat(Role.USER);
        vm.composer().startEdit(vm.messages().get(0));
        vm.composer().textProperty().set("second");
        vm.composer().send();

        VersionsViewModel versions = vm.actions().versions(vm.messages().get(0));

        assertThat(versions.versions()).extracting(v -> v.text()).containsExactly("text 5", "second");
        assertThat(versions.loadingProperty().get()).isFalse();
    }
}
