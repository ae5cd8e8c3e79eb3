package dev.parley.server.moderation;

import static dev.parley.server.moderation.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.frame.MyRestrictions;
import dev.parley.protocol.frame.RestrictionChanged;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bans and mutes end when the server's clock says so (specs MOD-3, MOD-5), tested with an
 * injected clock instead of waiting. One server for the class: every test has its own owner,
 * room and target, and only moves the clock forward from wherever it is.
 */
class ModerationBanExpiryIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    @TempDir
    static Path data;
    static final MutableClock CLOCK = new MutableClock(Instant.parse("2030-03-01T09:00:00Z"));
    static TestServer server;
    static ParleyClient root;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data), CLOCK);
        root = server.superuser("root");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long id(String username) {
        return root.await(i -> new FindUser(i, username)).id();
    }

    private static long createRoom(ParleyClient owner, String name) {
        return owner.await(i -> new CreateRoom(i, name, "")).id();
    }

    @Test
    void tenMinuteBan_refusesOpenHistoryAndSend_withUntilAndReason_thenEndsOnTime() {
        ParleyClient owner = server.user("owner1");
        ParleyClient bob = server.user("bob1");
        long room = createRoom(owner, "expiry-ban");
        owner.send(room, "before the ban");
        Instant now = CLOCK.instant();

        Restriction ban = owner.await(i -> new Ban(i, id("bob1"), room, RestrictionKind.BAN, 600L, "spam links"));

        String until = now.plusSeconds(600).toString();
        assertThat(ban.until()).isEqualTo(now.plusSeconds(600));
        Map<String, String> expected = Map.of("room", Long.toString(room), "until", until, "reason", "spam links",
                "kind", "ban");
        assertThat(refused(ErrorCode.BANNED, () -> bob.open(room)).params()).containsAllEntriesOf(expected);
        assertThat(refused(ErrorCode.BANNED, () -> bob.history(room, null, 50)).params()).containsAllEntriesOf(expected);
        assertThat(refused(ErrorCode.BANNED, () -> bob.send(room, "let me in")).params()).containsAllEntriesOf(expected);
        assertThat(bob.await(MyRestrictions::new).restrictions()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RestrictionKind.BAN);
            assertThat(r.until()).isEqualTo(now.plusSeconds(600));
            assertThat(r.actor()).as("moderators are not named to the people they restrict").isNull();
        });

        CLOCK.advance(Duration.ofSeconds(599));
        refused(ErrorCode.BANNED, () -> bob.open(room));

        CLOCK.advance(Duration.ofSeconds(1));
        assertThat(bob.open(room).messages()).extracting(MessageInfo::text).containsExactly("before the ban");
        assertThat(bob.history(room, null, 50).messages()).hasSize(1);
        assertThat(bob.send(room, "back again").text()).isEqualTo("back again");
        assertThat(bob.await(MyRestrictions::new).restrictions()).isEmpty();
    }

    @Test
    void tenMinuteMute_allowsReading_refusesSend_withUntilAndReason_thenEndsOnTime() {
        ParleyClient owner = server.user("owner2");
        ParleyClient bob = server.user("bob2");
        long room = createRoom(owner, "expiry-mute");
        owner.send(room, "hello");
        Instant now = CLOCK.instant();

        owner.await(i -> new Ban(i, id("bob2"), room, RestrictionKind.MUTE, 600L, "shouting"));

        assertThat(bob.open(room).messages()).extracting(MessageInfo::text).containsExactly("hello");
        assertThat(bob.history(room, null, 50).messages()).hasSize(1);
        ParleyException muted = refused(ErrorCode.MUTED, () -> bob.send(room, "HELLO"));
        assertThat(muted.params()).containsAllEntriesOf(Map.of("room", Long.toString(room),
                "until", now.plusSeconds(600).toString(), "reason", "shouting", "kind", "mute"));

        CLOCK.advance(Duration.ofMinutes(10));
        assertThat(bob.send(room, "hello, quietly").text()).isEqualTo("hello, quietly");
    }

    @Test
    void ban_pushesRestriction_andStopsRoomPushesToTheLiveConnectionAtOnce() throws Exception {
        ParleyClient owner = server.user("owner3");
        ParleyClient bob = server.user("bob3");
        ParleyClient carol = server.user("carol3");
        long room = createRoom(owner, "expiry-live");
        Refusals.Pushes bobPushes = new Refusals.Pushes(bob);
        Refusals.Pushes ownerPushes = new Refusals.Pushes(owner);
        bob.open(room);
        owner.open(room);
        carol.send(room, "before");
        assertThat(bobPushes.next(MessagePosted.class, WAIT).message().text()).isEqualTo("before");
        ownerPushes.next(MessagePosted.class, WAIT);

        Restriction ban = owner.await(i -> new Ban(i, id("bob3"), room, RestrictionKind.BAN, 600L, "off topic"));

        RestrictionChanged pushed = bobPushes.next(RestrictionChanged.class, WAIT);
        assertThat(pushed.restriction().id()).isEqualTo(ban.id());
        assertThat(pushed.restriction().active()).isTrue();
        assertThat(pushed.restriction().room()).isEqualTo(room);
        assertThat(pushed.restriction().until()).isEqualTo(ban.until());
        assertThat(pushed.restriction().reason()).isEqualTo("off topic");
        carol.send(room, "after");
        assertThat(ownerPushes.next(MessagePosted.class, WAIT).message().text()).isEqualTo("after");
        // a push for "after" would have been queued to bob before carol's ok; his next reply comes behind it
        bob.rooms();
        assertThat(bobPushes.drain()).noneMatch(p -> p instanceof MessagePosted);
    }

    @Test
    void liftedOrEnded_banLetsTheUserSubscribeAgain_andReceivePushes() throws Exception {
        ParleyClient owner = server.user("owner4");
        ParleyClient bob = server.user("bob4");
        long room = createRoom(owner, "expiry-resubscribe");
        Refusals.Pushes bobPushes = new Refusals.Pushes(bob);
        bob.open(room);
        owner.await(i -> new Ban(i, id("bob4"), room, RestrictionKind.BAN, 60L, "one minute"));
        bobPushes.next(RestrictionChanged.class, WAIT);

        CLOCK.advance(Duration.ofSeconds(60));
        bob.open(room);
        owner.send(room, "welcome back");

        assertThat(bobPushes.next(MessagePosted.class, WAIT).message().text()).isEqualTo("welcome back");
    }
}
