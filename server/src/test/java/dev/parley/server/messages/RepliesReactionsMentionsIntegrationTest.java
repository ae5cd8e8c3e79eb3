package dev.parley.server.messages;

import static dev.parley.server.messages.Calls.react;
import static dev.parley.server.messages.Calls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.FetchUsers;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.frame.ReactionsChanged;
import dev.parley.protocol.frame.RoomMembers;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.ReplyQuote;
import dev.parley.protocol.model.UserInfo;
import dev.parley.protocol.model.UserList;
import dev.parley.server.TestServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replies, reactions, mentions, members and users by id (spec M-12). */
class RepliesReactionsMentionsIntegrationTest {
    @TempDir
    Path data;
    TestServer server;
    ParleyClient alice;
    ParleyClient bob;
    long general;
    long random;

    @BeforeEach
    void start() {
        server = new TestServer(data);
        alice = server.user("alice");
        bob = server.user("bob");
        general = TestServer.roomId(alice, "general");
        random = TestServer.roomId(alice, "random");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void reply_quotesTheOriginalFresh_afterItIsEdited() {
        MessageInfo original = alice.send(general, "Standup in 5");
        MessageInfo reply = Calls.reply(bob, general, "ok", original.id());
        assertThat(reply.replyTo()).isEqualTo(new ReplyQuote(original.id(), original.author(), "Standup in 5", null, null));

        Calls.edit(alice, original.id(), "Standup in 10");

        ReplyQuote quote = Calls.seenBy(bob, general, reply.id()).replyTo();
        assertThat(quote.excerpt()).isEqualTo("Standup in 10");
        assertThat(quote.author()).isEqualTo(original.author());
        HistoryPage page = Calls.around(bob, general, reply.id(), 1);
        assertThat(page.users()).extracting(UserInfo::username).contains("alice", "bob");
    }

    @Test
    void reply_excerpt_isTheStartOfTheText_atMostTheQuoteLength_inCodePoints() {
        String longText = "😀".repeat(Limits.QUOTE_LENGTH + 50);
        MessageInfo original = alice.send(general, longText);
        MessageInfo reply = Calls.reply(bob, general, "wow", original.id());
        assertThat(reply.replyTo().excerpt()).isEqualTo("😀".repeat(Limits.QUOTE_LENGTH));
    }

    @Test
    void reply_toAnotherRoomsMessage_orADeletedOne_isMessageNotFound_andStoresNothing() {
        MessageInfo elsewhere = alice.send(random, "in random");
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.reply(bob, general, "re", elsewhere.id()));
        MessageInfo gone = alice.send(general, "gone soon");
        Calls.delete(alice, gone.id());
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.reply(bob, general, "re", gone.id()));
        assertThat(bob.history(general, null, 10).messages()).extracting(MessageInfo::id).containsExactly(gone.id());
    }

    @Test
    void resendOfAReply_afterTheOriginalWasDeleted_returnsTheStoredReply_andStoresNoDuplicate() {
        MessageInfo original = alice.send(general, "question");
        java.util.UUID clientId = java.util.UUID.randomUUID();
        MessageInfo reply = bob.await(id -> new dev.parley.protocol.frame.SendMessage(id, general, clientId, "answer", true,
                original.id(), null));
        Calls.delete(alice, original.id());

        MessageInfo again = bob.await(id -> new dev.parley.protocol.frame.SendMessage(id, general, clientId, "answer", true,
                original.id(), null));

        assertThat(again.id()).isEqualTo(reply.id());
        assertThat(again.author()).isEqualTo(reply.author());
        assertThat(again.replyTo().deleted()).isTrue();
        assertThat(bob.history(general, null, 10).messages()).hasSize(2);
    }

    @Test
    void reactions_inAClosedRoom_orByAMutedUser_areRefused() {
        RoomInfo room = alice.await(id -> new CreateRoom(id, "Board games", null));
        MessageInfo sent = alice.send(room.id(), "catan?");
        MessageInfo bobs = bob.send(room.id(), "yes");
        alice.await(id -> new Ban(id, bobs.author(), room.id(), RestrictionKind.MUTE, 600L, null));
        refused(ErrorCode.MUTED, () -> react(bob, sent.id(), "👍", true));
        alice.await(id -> new UpdateRoom(id, room.id(), null, null, true));
        refused(ErrorCode.ROOM_CLOSED, () -> react(alice, sent.id(), "👍", true));
        assertThat(Calls.seenBy(alice, room.id(), sent.id()).reactions()).isEmpty();
    }

    @Test
    void reactions_countEachUserOnce_listTheFirstTen_andMarkTheReadersOwn() throws Exception {
        MessageInfo sent = alice.send(general, "party?");
        List<ParleyClient> fans = new ArrayList<>();
        List<Long> order = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ParleyClient fan = server.connect();
            order.add(fan.register("fan" + i, "password-fan" + i).user().id());
            fans.add(fan);
            assertThat(react(fan, sent.id(), "🎉", true).count()).isEqualTo(i + 1);
        }
        Reaction again = react(fans.get(0), sent.id(), "🎉", true);
        assertThat(again.count()).isEqualTo(12);
        assertThat(again.byReader()).isTrue();
        assertThat(again.users()).hasSize(Limits.MAX_REACTION_USERS).containsExactlyElementsOf(order.subList(0, 10));
        react(bob, sent.id(), "👍", true);

        MessageInfo asBob = Calls.seenBy(bob, general, sent.id());
        // in the order of the reaction set, not of arrival
        assertThat(asBob.reactions()).extracting(Reaction::emoji).containsExactly("👍", "🎉");
        assertThat(asBob.reactions().get(0).byReader()).isTrue();
        assertThat(asBob.reactions().get(1).byReader()).isFalse();
        assertThat(asBob.reactions().get(1).count()).isEqualTo(12);
        MessageInfo asLastFan = Calls.seenBy(fans.get(11), general, sent.id());
        assertThat(asLastFan.reactions().get(1).byReader()).isTrue();
        assertThat(asLastFan.reactions().get(1).users()).doesNotContain(order.get(11));

        Reaction removed = react(fans.get(0), sent.id(), "🎉", false);
        assertThat(removed.count()).isEqualTo(11);
        assertThat(removed.byReader()).isFalse();
        assertThat(removed.users()).containsExactlyElementsOf(order.subList(1, 11));
    }

    @Test
    void reactionsPush_reachesOthers_notTheReactingConnection() throws Exception {
        Calls.Pushes bobPushes = new Calls.Pushes(bob);
        Calls.Pushes alicePushes = new Calls.Pushes(alice);
        bob.open(general);
        alice.open(general);
        MessageInfo sent = bob.send(general, "nice");

        react(alice, sent.id(), "❤️", true);

        ReactionsChanged pushed = bobPushes.next(ReactionsChanged.class);
        long aliceId = alice.send(random, "me").author();
        assertThat(pushed).isEqualTo(new ReactionsChanged(general, sent.id(), "❤️", aliceId, true, 1));
        assertThat(alicePushes.arrived(ReactionsChanged.class)).isEmpty();
        // adding again changes nothing and pushes nothing
        react(alice, sent.id(), "❤️", true);
        bob.rooms();
        assertThat(bobPushes.arrived(ReactionsChanged.class)).isEmpty();
    }

    @Test
    void mentions_matchExistingUserNames_ignoringCase_inTextOrder_andNotInsideAddresses() {
        ParleyClient tomek = server.user("tomek");
        long tomekId = tomek.send(general, "here").author();
        long bobId = bob.send(general, "me too").author();

        MessageInfo sent = alice.send(general, "@Tomek and @bob. please ping @nobody and mail bob@example.com; @TOMEK again");

        assertThat(sent.mentions()).containsExactly(tomekId, bobId);
        MessageInfo asTomek = Calls.seenBy(tomek, general, sent.id());
        assertThat(asTomek.mentions()).containsExactly(tomekId, bobId);
        MessageInfo edited = Calls.edit(alice, sent.id(), "only @bob now");
        assertThat(edited.mentions()).containsExactly(bobId);
        assertThat(Calls.seenBy(tomek, general, sent.id()).mentions()).containsExactly(bobId);
    }

    @Test
    void mentions_areAtMostTwentyUsers() throws Exception {
        List<CompletableFuture<?>> registering = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 25; i++) {
            String name = "user" + i;
            registering.add(CompletableFuture.runAsync(() -> server.register(name)));
            text.append('@').append(name).append(' ');
        }
        CompletableFuture.allOf(registering.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        MessageInfo sent = alice.send(general, text.toString());
        assertThat(sent.mentions()).hasSize(Limits.MAX_MENTIONS).doesNotHaveDuplicates();
        HistoryPage page = bob.history(general, null, 1);
        assertThat(page.users()).hasSize(Limits.MAX_MENTIONS + 1);
    }

    @Test
    void members_areThoseWhoOpenedOrPosted_filteredByPrefixOfEitherName_byUserName() {
        ParleyClient tomek = server.connect();
        tomek.register("tomek", "password-tomek");
        ParleyClient tola = server.connect();
        tola.await(id -> new dev.parley.protocol.frame.Register(id, "tola", "password-tola", "Tosia"));
        ParleyClient zed = server.connect();
        zed.await(id -> new dev.parley.protocol.frame.Register(id, "zed", "password-zed", "Tom Z"));
        tomek.open(general);
        tola.send(general, "hi");
        zed.open(general);
        alice.open(random);

        assertThat(names(alice.await(id -> new RoomMembers(id, general, "TO", null)))).containsExactly("tola", "tomek", "zed");
        assertThat(names(alice.await(id -> new RoomMembers(id, general, "tos", null)))).containsExactly("tola");
        assertThat(names(alice.await(id -> new RoomMembers(id, general, null, 2)))).containsExactly("tola", "tomek");
        assertThat(names(alice.await(id -> new RoomMembers(id, general, "%", null)))).isEmpty();
        assertThat(names(alice.await(id -> new RoomMembers(id, random, null, null)))).containsExactly("alice");
    }

    @Test
    void users_byIds_leaveUnknownOnesOut_inTheOrderAsked() {
        long bobId = bob.send(general, "x").author();
        long aliceId = alice.send(general, "y").author();
        UserList found = alice.await(id -> new FetchUsers(id, List.of(bobId, 999999L, aliceId, bobId)));
        assertThat(names(found)).containsExactly("bob", "alice");
    }

    private static List<String> names(UserList list) {
        return list.users().stream().map(UserInfo::username).toList();
    }
}
