package dev.parley.server.presence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Logout;
import dev.parley.protocol.frame.PresenceChanged;
import dev.parley.protocol.frame.WatchPresence;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.server.Expect;
import dev.parley.server.Expect.Pushes;
import dev.parley.server.RawWebSocket;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Presence (spec A-5) against a real server: several connections of one user count as one, a
 * change is pushed only to the connections following that user, logging out or a connection that
 * stops answering pings takes the user offline, and {@code watch_presence} replaces what a
 * connection follows.
 */
class PresenceIntegrationTest {
    @TempDir
    static Path data;
    static TestServer server;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<Long> follow(ParleyClient c, Long... users) {
        return c.await(i -> new WatchPresence(i, List.of(users))).online();
    }

    /**
     * Registers {@code name} and returns their id once the server has seen the registering
     * connection close (asked by a probe connection), so no presence change of theirs is
     * still on its way to a watcher that follows them afterwards.
     */
    private static long offlineUser(TestServer on, String name) throws InterruptedException {
        long id = on.register(name).user().id();
        ParleyClient probe = on.user("probe-" + name);
        Expect.eventually(name + " offline", () -> follow(probe, id).isEmpty());
        // the probe stays open (closed with the server), so connection counts stay still meanwhile
        follow(probe);
        return id;
    }

    private static List<Boolean> changesOf(Pushes pushes, long user) {
        return pushes.all(PresenceChanged.class).stream().filter(p -> p.user() == user).map(PresenceChanged::online).toList();
    }

    @Test
    void twoConnectionsOfOneUser_countAsOne_onlineAtTheFirst_offlineWhenBothClosed() throws Exception {
        ParleyClient watcher = server.user("watcher1");
        long ania = offlineUser(server, "ania");
        Pushes pushes = new Pushes(watcher);
        assertThat(follow(watcher, ania)).isEmpty();

        ParleyClient laptop = server.login("ania");
        assertThat(pushes.next(PresenceChanged.class, p -> p.user() == ania).online()).isTrue();
        ParleyClient phone = server.login("ania");
        int open = server.server().connectionCount();
        laptop.close();
        // still online through the phone: asked again, and no push came in between
        Expect.eventually("the server saw the laptop close", () -> server.server().connectionCount() == open - 1);
        assertThat(follow(watcher, ania)).containsExactly(ania);

        phone.close();
        assertThat(pushes.next(PresenceChanged.class, p -> p.user() == ania).online()).isFalse();
        assertThat(changesOf(pushes, ania)).containsExactly(true, false);
        assertThat(follow(watcher, ania)).isEmpty();
    }

    @Test
    void logout_takesTheUserOffline_andResumeBringsThemBack() throws Exception {
        ParleyClient watcher = server.user("watcher2");
        ParleyClient bolek = server.connect();
        SessionInfo session = bolek.register("bolek", "password-bolek");
        long id = session.user().id();
        Pushes pushes = new Pushes(watcher);
        assertThat(follow(watcher, id)).containsExactly(id);

        ParleyClient second = server.login("bolek");
        bolek.await(Logout::new);
        second.await(Logout::new);
        assertThat(pushes.next(PresenceChanged.class).online()).isFalse();

        ParleyClient back = server.connect();
        SessionInfo again = back.login("bolek", "password-bolek");
        ParleyClient resumed = server.connect();
        resumed.resume(again.token());
        assertThat(pushes.next(PresenceChanged.class).online()).isTrue();
        assertThat(changesOf(pushes, id)).containsExactly(false, true);
    }

    @Test
    void watchPresence_replacesTheFollowedSet_andAnEmptyListStopsThePushes() throws Exception {
        ParleyClient watcher = server.user("watcher3");
        long cyryl = offlineUser(server, "cyryl");
        long dorota = offlineUser(server, "dorota");
        long nobody = 987_654L;
        Pushes pushes = new Pushes(watcher);

        assertThat(follow(watcher, cyryl, nobody)).isEmpty();
        assertThat(follow(watcher, dorota)).isEmpty();
        ParleyClient c = server.login("cyryl");
        ParleyClient d = server.login("dorota");
        // dorota's push comes after any push about cyryl would have
        assertThat(pushes.next(PresenceChanged.class).user()).isEqualTo(dorota);
        assertThat(changesOf(pushes, cyryl)).isEmpty();
        assertThat(follow(watcher, cyryl, dorota, nobody)).containsExactly(cyryl, dorota);

        assertThat(follow(watcher)).isEmpty();
        c.close();
        d.close();
        ParleyClient watcher2 = server.user("watcher4");
        Pushes second = new Pushes(watcher2);
        Expect.eventually("cyryl offline", () -> follow(watcher2, cyryl).isEmpty());
        server.login("cyryl");
        second.next(PresenceChanged.class, p -> p.user() == cyryl);
        // the first watcher stopped following: it got nothing after its empty list
        assertThat(pushes.all(PresenceChanged.class)).extracting(PresenceChanged::user).containsExactly(dorota);
    }

    @Test
    void aConnectionThatStopsAnsweringPings_isDropped_andItsUserGoesOffline() throws Exception {
        Path dir = data.resolve("idle");
        try (TestServer idle = new TestServer(ServerConfig.loopback(dir).withIdleTimeoutSeconds(3), Clock.systemUTC())) {
            ParleyClient watcher = idle.user("watcher5");
            long ghost = offlineUser(idle, "ghost");
            Pushes pushes = new Pushes(watcher);
            follow(watcher, ghost);

            // a bare socket that logs in and then never answers a ping: a laptop gone to sleep
            try (RawWebSocket dead = new RawWebSocket("127.0.0.1", idle.server().port(), 65_536)) {
                dead.sendText("{\"type\":\"login\",\"id\":\"1\",\"username\":\"ghost\",\"password\":\"password-ghost\"}");
                // the server's pings (empty frames, every second here) may come before the reply
                String reply = dead.readText();
                for (int frames = 0; reply.isEmpty() && frames < 20; frames++) {
                    reply = dead.readText();
                }
                assertThat(reply).contains("\"ok\"");
                assertThat(pushes.next(PresenceChanged.class, p -> p.user() == ghost).online()).isTrue();

                assertThat(pushes.next(PresenceChanged.class, p -> p.user() == ghost).online()).isFalse();
                assertThat(follow(watcher, ghost)).isEmpty();
                // the real client, which answers pings by itself, stays
                assertThat(watcher.isOpen()).isTrue();
            }
        }
    }
}
