package dev.parley.client.ui.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.protocol.frame.WatchPresence;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chat's presence (spec) as wired into it: authors and participants followed, pushes, reconnects. */
class ChatViewModelPresenceTest {
    private final FakeChatService service = new FakeChatService().withRoom(1, "general", "Work");
    private UserInfo alice;
    private UserInfo me;
    private ChatViewModel vm;

    @BeforeEach
    void setUp() {
        alice = service.user("alice", "#ff0000");
        service.register("me", "password1");
        me = service.users.values().stream().filter(u -> u.username().equals("me")).findFirst().orElseThrow();
        vm = new ChatViewModel(service, new SameThreadTaskExecutor(), me, Role.USER, null, notice -> { }, Clock.systemUTC());
    }

    private List<Long> lastWatched() {
        List<WatchPresence> all = service.requests(WatchPresence.class);
        return all.isEmpty() ? List.of() : all.get(all.size() - 1).users();
    }

    @Test
    void authorsAndPrivateChatParticipants_areFollowed_andOurselvesOnlineWhileConnected() {
        service.seed(1, alice, "hello");
        UserInfo bob = service.user("bob", "#00ff00");
        service.withRoom(new RoomInfo(7, "bob,me", null, 0, false, RoomInfo.PRIVATE, null, List.of(), List.of(bob, me)));
        service.online.add(alice.id());

        vm.start();

        assertThat(lastWatched()).containsExactlyInAnyOrder(alice.id(), bob.id());
        assertThat(vm.presence().online()).containsExactlyInAnyOrder(me.id(), alice.id());
    }

    @Test
    void presencePush_changesThePresence() {
        service.seed(1, alice, "hello");
        vm.start();

        vm.presenceChanged(alice.id(), true);
        assertThat(vm.presence().isOnline(alice.id())).isTrue();
        vm.presenceChanged(alice.id(), false);
        assertThat(vm.presence().isOnline(alice.id())).isFalse();
    }

    @Test
    void reconnected_followsTheWholeSetAgain() {
        service.seed(1, alice, "hello");
        vm.start();
        int before = service.requests(WatchPresence.class).size();

        vm.reconnecting(Duration.ofSeconds(2));
        assertThat(vm.presence().online()).isEmpty();
        service.online.add(alice.id());
        vm.reconnected(new SessionInfo("token", me));

        assertThat(service.requests(WatchPresence.class)).hasSize(before + 1);
        assertThat(lastWatched()).containsExactly(alice.id());
        assertThat(vm.presence().online()).containsExactlyInAnyOrder(me.id(), alice.id());
    }
}
