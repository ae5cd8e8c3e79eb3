package dev.parley.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.FakeChatService;
import dev.parley.client.net.ManualTaskExecutor;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.WatchPresence;
import dev.parley.protocol.model.UserInfo;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Presence with the in-memory fake: following, coalescing, pushes overtaking the answer, reconnects, the cap. */
class PresenceTest {
    private final FakeChatService service = new FakeChatService();
    private final UserInfo me = service.user("me", "#111111");
    private final SimpleObjectProperty<ConnectionState> state = new SimpleObjectProperty<>(ConnectionState.CONNECTED);

    private Presence presence(TaskExecutor executor, UserDirectory users) {
        users.put(me);
        return new Presence(service, executor, users, me.id(), state);
    }

    private List<List<Long>> watched() {
        return service.requests(WatchPresence.class).stream().map(WatchPresence::users).toList();
    }

    @Test
    void seen_followsTheUsersTheDirectoryTakes_andShowsWhoIsOnline() {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        UserDirectory users = new UserDirectory(service, executor);
        Presence presence = presence(executor, users);
        UserInfo ania = service.user("ania", "#c0392b");
        UserInfo tomek = service.user("tomek", "#16a085");
        service.online.add(ania.id());

        users.putAll(List.of(ania, tomek));

        assertThat(presence.followed()).containsExactly(ania.id(), tomek.id());
        assertThat(watched().get(watched().size() - 1)).containsExactly(ania.id(), tomek.id());
        assertThat(presence.online()).containsExactlyInAnyOrder(me.id(), ania.id());
    }

    @Test
    void seen_whileARequestIsInFlight_sendsOneNewerSetAfterItReturns() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        UserDirectory users = new UserDirectory(service, executor);
        Presence presence = presence(executor, users);
        List<UserInfo> three = List.of(service.user("a", null), service.user("b", null), service.user("c", null));

        users.putAll(three);

        assertThat(executor.pending()).isEqualTo(1);
        executor.runNext();
        assertThat(executor.pending()).as("the set that grew meanwhile").isEqualTo(1);
        executor.runAll();
        assertThat(watched()).containsExactly(List.of(three.get(0).id()), three.stream().map(UserInfo::id).toList());
        users.put(three.get(1));
        assertThat(executor.pending()).as("a user seen again is no news").isZero();
        assertThat(presence.followed()).endsWith(three.get(1).id());
    }

    @Test
    void pushed_whileWaitingForTheAnswer_isAppliedAfterTheAnswer() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        UserDirectory users = new UserDirectory(service, executor);
        Presence presence = presence(executor, users);
        UserInfo ania = service.user("ania", null);
        UserInfo tomek = service.user("tomek", null);
        service.online.add(tomek.id());
        users.putAll(List.of(ania, tomek));
        executor.runAll();
        assertThat(presence.online()).contains(tomek.id()).doesNotContain(ania.id());
        UserInfo ola = service.user("ola", null);
        users.put(ola);

        // The server's snapshot still has ania offline and tomek online; both changed since,
        // and the pushes saying so overtake the answer.
        presence.pushed(ania.id(), true);
        presence.pushed(tomek.id(), false);
        assertThat(presence.online()).as("not before the answer").contains(tomek.id()).doesNotContain(ania.id());
        executor.runAll();

        assertThat(presence.online()).contains(ania.id()).doesNotContain(tomek.id(), ola.id());
    }

    @Test
    void pushed_afterTheAnswer_changesTheSetAtOnce_onlyForUsersFollowed() {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        UserDirectory users = new UserDirectory(service, executor);
        Presence presence = presence(executor, users);
        UserInfo ania = service.user("ania", null);
        users.put(ania);
        List<String> changes = new ArrayList<>();
        presence.online().addListener((javafx.collections.SetChangeListener<Long>) c -> changes.add(c.toString()));

        presence.pushed(ania.id(), true);
        presence.pushed(4242, true);

        assertThat(presence.isOnline(ania.id())).isTrue();
        assertThat(presence.isOnline(4242)).isFalse();
        presence.pushed(ania.id(), false);
        assertThat(presence.isOnline(ania.id())).isFalse();
        assertThat(changes).hasSize(2);
    }

    @Test
    void rewatch_afterAReconnect_sendsTheWholeSetAgain_andNothingIsKnownWhileOffline() {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        UserDirectory users = new UserDirectory(service, executor);
        Presence presence = presence(executor, users);
        UserInfo ania = service.user("ania", null);
        UserInfo tomek = service.user("tomek", null);
        service.online.add(ania.id());
        users.putAll(List.of(ania, tomek));
        assertThat(presence.online()).containsExactlyInAnyOrder(me.id(), ania.id());

        state.set(ConnectionState.RECONNECTING);
        assertThat(presence.online()).as("ourselves included").isEmpty();
        int sentBefore = watched().size();
        UserInfo ola = service.user("ola", null);
        users.put(ola);
        assertThat(watched()).as("nothing sent while offline").hasSize(sentBefore);

        service.online.add(tomek.id());
        state.set(ConnectionState.CONNECTED);
        presence.rewatch();

        assertThat(watched()).hasSize(sentBefore + 1);
        assertThat(watched().get(sentBefore)).containsExactly(ania.id(), tomek.id(), ola.id());
        assertThat(presence.online()).containsExactlyInAnyOrder(me.id(), ania.id(), tomek.id());
    }

    @Test
    void seen_pastTheCap_dropsTheUserSeenLongestAgo() {
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        UserDirectory users = new UserDirectory(service, executor);
        Presence presence = presence(executor, users);
        List<UserInfo> many = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_PRESENCE_USERS; i++) {
            many.add(service.user("u" + i, null));
        }
        users.putAll(many);
        service.online.add(many.get(1).id());
        users.put(many.get(0));
        UserInfo last = service.user("last", null);

        users.put(last);

        List<Long> sent = watched().get(watched().size() - 1);
        assertThat(sent).hasSize(Limits.MAX_PRESENCE_USERS).contains(many.get(0).id(), last.id())
                .doesNotContain(many.get(1).id());
        assertThat(presence.followed()).isEqualTo(sent);
        presence.pushed(many.get(1).id(), true);
        assertThat(presence.isOnline(many.get(1).id())).as("no longer followed").isFalse();
    }
}
