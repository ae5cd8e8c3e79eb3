package dev.parley.server.messages;

import static dev.parley.server.messages.Calls.edit;
import static dev.parley.server.messages.Calls.refused;
import static dev.parley.server.messages.Calls.versions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.model.MessageHistory;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.MessageVersion;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.MutableClock;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing messages and their versions (spec M-3, M-4) over the real protocol. */
class EditIntegrationTest {
    private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");
    @TempDir
    Path data;
    TestServer server;
    MutableClock clock = new MutableClock(START);
    ParleyClient alice;
    ParleyClient bob;
    long general;

    @BeforeEach
    void start() {
        server = new TestServer(ServerConfig.loopback(data), clock);
        alice = server.user("alice");
        bob = server.user("bob");
        general = TestServer.roomId(alice, "general");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void edit_ofAnotherUsersMessage_isForbidden_andChangesNothing() {
        MessageInfo sent = alice.send(general, "alice wrote this");

        refused(ErrorCode.FORBIDDEN, () -> edit(bob, sent.id(), "bob was here"));

        assertThat(Calls.seenBy(alice, general, sent.id()).text()).isEqualTo("alice wrote this");
        assertThat(Calls.seenBy(alice, general, sent.id()).edited()).isNull();
        assertThat(versions(bob, sent.id()).versions()).extracting(MessageVersion::text).containsExactly("alice wrote this");
    }

    @Test
    void versions_listEveryVersionInOrder_withTheTimeEachWasWritten() {
        MessageInfo sent = alice.send(general, "v1");
        clock.advance(Duration.ofMinutes(1));
        MessageInfo second = edit(alice, sent.id(), "v2");
        clock.advance(Duration.ofSeconds(30));
        MessageInfo third = edit(alice, sent.id(), "v3");

        assertThat(second.edited()).isEqualTo(START.plus(Duration.ofMinutes(1)));
        assertThat(third.text()).isEqualTo("v3");
        assertThat(third.created()).isEqualTo(START);
        assertThat(third.edited()).isEqualTo(START.plus(Duration.ofSeconds(90)));
        MessageHistory history = versions(bob, sent.id());
        assertThat(history.message()).isEqualTo(sent.id());
        assertThat(history.room()).isEqualTo(general);
        assertThat(history.versions()).containsExactly(
                new MessageVersion("v1", START),
                new MessageVersion("v2", START.plus(Duration.ofMinutes(1))),
                new MessageVersion("v3", START.plus(Duration.ofSeconds(90))));
    }

    @Test
    void edit_keepsTheMessagesPlace_andShowsTheNewestTime() {
        MessageInfo first = alice.send(general, "first");
        MessageInfo later = bob.send(general, "later");
        clock.advance(Duration.ofHours(1));
        edit(alice, first.id(), "first, edited");

        var page = bob.history(general, null, 10);
        assertThat(page.messages()).extracting(MessageInfo::id).containsExactly(first.id(), later.id());
        MessageInfo edited = page.messages().get(0);
        assertThat(edited.text()).isEqualTo("first, edited");
        assertThat(edited.shownTime()).isEqualTo(START.plus(Duration.ofHours(1)));
        assertThat(edited.created()).isEqualTo(START);
    }

    @Test
    void edit_isPushedToOtherSubscribers_withoutTheReadersVote_andNotToTheEditingConnection() throws Exception {
        Calls.Pushes bobPushes = new Calls.Pushes(bob);
        Calls.Pushes alicePushes = new Calls.Pushes(alice);
        alice.open(general);
        bob.open(general);
        MessageInfo sent = alice.send(general, "typo");
        clock.advance(Duration.ofSeconds(5));

        MessageInfo result = edit(alice, sent.id(), "fixed");

        MessageChanged changed = bobPushes.next(MessageChanged.class);
        assertThat(changed.message().text()).isEqualTo("fixed");
        assertThat(changed.message().myVote()).isNull();
        assertThat(changed.message()).isEqualTo(result.withMyVote(null));
        assertThat(result.myVote()).isEqualTo(1);
        alice.rooms();
        assertThat(alicePushes.arrived(MessageChanged.class)).isEmpty();
    }

    @Test
    void edit_withTheSameText_addsNoVersion() {
        MessageInfo sent = alice.send(general, "same");
        clock.advance(Duration.ofMinutes(1));
        MessageInfo result = edit(alice, sent.id(), "same");

        assertThat(result.edited()).isNull();
        assertThat(versions(alice, sent.id()).versions()).hasSize(1);
    }

    @Test
    void edit_followsTheTextRules_andRefusesTombstones() {
        MessageInfo sent = alice.send(general, "hello");
        refused(ErrorCode.TEXT_EMPTY, () -> edit(alice, sent.id(), "  \n "));
        refused(ErrorCode.TEXT_TOO_LONG, () -> edit(alice, sent.id(), "x".repeat(4001)));
        refused(ErrorCode.INVALID_FIELD, () -> edit(alice, sent.id(), "bell\u0007"));
        Calls.delete(alice, sent.id());
        refused(ErrorCode.MESSAGE_DELETED, () -> edit(alice, sent.id(), "back"));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> edit(alice, 987654L, "nothing"));
        // the connection carries on
        assertThat(alice.send(general, "still here").text()).isEqualTo("still here");
    }

    @Test
    void edit_inAClosedRoom_isRoomClosed_andByAMutedAuthor_isMuted() {
        RoomInfo room = alice.await(id -> new CreateRoom(id, "Board games", null));
        MessageInfo sent = alice.send(room.id(), "catan?");
        MessageInfo bobs = bob.send(room.id(), "yes");
        alice.await(id -> new Ban(id, bobs.author(), room.id(), RestrictionKind.MUTE, 600L, "calm down"));
        refused(ErrorCode.MUTED, () -> edit(bob, bobs.id(), "no!"));

        alice.await(id -> new UpdateRoom(id, room.id(), null, null, true));
        refused(ErrorCode.ROOM_CLOSED, () -> edit(alice, sent.id(), "catan!"));
        assertThat(Calls.seenBy(alice, room.id(), sent.id()).text()).isEqualTo("catan?");
    }
}
