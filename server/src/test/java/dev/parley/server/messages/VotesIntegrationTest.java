package dev.parley.server.messages;

import static dev.parley.server.messages.Calls.refused;
import static dev.parley.server.messages.Calls.vote;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.ScoreChanged;
import dev.parley.protocol.frame.UpdateRoom;
import dev.parley.protocol.frame.Vote;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.VoteResult;
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

/** Votes (spec M-6): one per user per message, the author's automatic upvote, sums pushed, voters never told. */
class VotesIntegrationTest {
    @TempDir
    Path data;
    TestServer server;
    ParleyClient alice;
    ParleyClient bob;
    long general;

    @BeforeEach
    void start() {
        server = new TestServer(data);
        alice = server.user("alice");
        bob = server.user("bob");
        general = TestServer.roomId(alice, "general");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void newMessage_hasTheAuthorsAutomaticUpvote() {
        MessageInfo sent = alice.send(general, "vote for me");

        assertThat(sent.score()).isEqualTo(1);
        assertThat(sent.myVote()).isEqualTo(1);
        MessageInfo asAlice = Calls.seenBy(alice, general, sent.id());
        assertThat(asAlice.score()).isEqualTo(1);
        assertThat(asAlice.myVote()).isEqualTo(1);
        MessageInfo asBob = Calls.seenBy(bob, general, sent.id());
        assertThat(asBob.score()).isEqualTo(1);
        assertThat(asBob.myVote()).isNull();
        // the automatic upvote is an ordinary vote: the author may take it back
        assertThat(vote(alice, sent.id(), 0)).isEqualTo(new VoteResult(general, sent.id(), 0, 0));
    }

    @Test
    void votingTwice_countsOnce() {
        MessageInfo sent = alice.send(general, "hi");
        assertThat(vote(bob, sent.id(), 1).score()).isEqualTo(2);
        assertThat(vote(bob, sent.id(), 1).score()).isEqualTo(2);
        assertThat(Calls.seenBy(bob, general, sent.id()).score()).isEqualTo(2);
        assertThat(Calls.seenBy(bob, general, sent.id()).myVote()).isEqualTo(1);
    }

    @Test
    void changingAnUpvoteToADownvote_movesTheSumByTwo_andZeroRemovesIt() {
        MessageInfo sent = alice.send(general, "hot take");
        assertThat(vote(bob, sent.id(), 1).score()).isEqualTo(2);

        VoteResult down = vote(bob, sent.id(), -1);
        assertThat(down).isEqualTo(new VoteResult(general, sent.id(), 0, -1));
        assertThat(Calls.seenBy(bob, general, sent.id()).myVote()).isEqualTo(-1);

        VoteResult removed = vote(bob, sent.id(), 0);
        assertThat(removed).isEqualTo(new VoteResult(general, sent.id(), 1, 0));
        assertThat(Calls.seenBy(bob, general, sent.id()).myVote()).isNull();
        assertThat(Calls.seenBy(alice, general, sent.id()).score()).isEqualTo(1);
    }

    @Test
    void scorePush_reachesOthersWithoutAVote_andTheVotersOtherConnectionWithTheirs() throws Exception {
        ParleyClient bobElsewhere = server.login("bob");
        ParleyClient carol = server.user("carol");
        Calls.Pushes carolPushes = new Calls.Pushes(carol);
        Calls.Pushes bobOtherPushes = new Calls.Pushes(bobElsewhere);
        Calls.Pushes bobPushes = new Calls.Pushes(bob);
        carol.open(general);
        bobElsewhere.open(general);
        bob.open(general);
        MessageInfo sent = alice.send(general, "vote");

        vote(bob, sent.id(), -1);

        ScoreChanged toCarol = carolPushes.next(ScoreChanged.class);
        assertThat(toCarol).isEqualTo(new ScoreChanged(general, sent.id(), 0, null));
        ScoreChanged toBobElsewhere = bobOtherPushes.next(ScoreChanged.class);
        assertThat(toBobElsewhere).isEqualTo(new ScoreChanged(general, sent.id(), 0, -1));
        bob.rooms();
        assertThat(bobPushes.arrived(ScoreChanged.class)).isEmpty();
    }

    @Test
    void concurrentVotes_ofManyUsers_loseNoUpdate() throws Exception {
        MessageInfo sent = alice.send(general, "popular");
        List<ParleyClient> voters = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            voters.add(server.user("voter" + i));
        }
        List<CompletableFuture<VoteResult>> votes = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < voters.size(); i++) {
                // each voter ends on up (even i) or down (odd i), after changing their mind twice
                int value = round == 1 ? (i % 2 == 0 ? -1 : 1) : (i % 2 == 0 ? 1 : -1);
                ParleyClient v = voters.get(i);
                votes.add(v.call(id -> new Vote(id, sent.id(), value)));
            }
            CompletableFuture.allOf(votes.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        }
        // 1 (alice) + 6 up − 6 down
        assertThat(Calls.seenBy(alice, general, sent.id()).score()).isEqualTo(1);
        assertThat(vote(voters.get(0), sent.id(), 1).score()).isEqualTo(1);
    }

    @Test
    void votes_onTombstones_inClosedRooms_andBadValues_areRefused_butMutedUsersMayVote() {
        RoomInfo room = alice.await(id -> new CreateRoom(id, "Board games", null));
        MessageInfo sent = alice.send(room.id(), "catan?");
        MessageInfo bobs = bob.send(room.id(), "yes");
        alice.await(id -> new Ban(id, bobs.author(), room.id(), RestrictionKind.MUTE, 600L, null));
        assertThat(vote(bob, sent.id(), 1).score()).isEqualTo(2);

        refused(ErrorCode.INVALID_FIELD, () -> bob.await(id -> new Vote(id, sent.id(), 2)));
        MessageInfo gone = alice.send(room.id(), "oops");
        Calls.delete(alice, gone.id());
        refused(ErrorCode.MESSAGE_DELETED, () -> vote(bob, gone.id(), 1));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> vote(bob, 555555L, 1));
        alice.await(id -> new UpdateRoom(id, room.id(), null, null, true));
        refused(ErrorCode.ROOM_CLOSED, () -> vote(bob, sent.id(), -1));
        assertThat(Calls.seenBy(bob, room.id(), sent.id()).score()).isEqualTo(2);
    }
}
