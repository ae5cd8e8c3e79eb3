package dev.parley.server.messages;

import static dev.parley.server.messages.Calls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.MessageChanged;
import dev.parley.protocol.frame.MessagePosted;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.server.TestServer;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Anonymous posting (spec M-7): no frame that reaches anyone but the author carries the author's
 * id — checked on the raw text of every frame another user receives — while the author still
 * gets the message as theirs, on every connection, and can edit and delete it.
 */
class AnonymousPostingIntegrationTest {
    @TempDir
    Path data;
    TestServer server;
    ParleyClient alice;
    long aliceId;
    long bobId;
    long general;

    @BeforeEach
    void start() {
        server = new TestServer(data);
        alice = server.connect();
        aliceId = alice.register("alice", "password-alice").user().id();
        bobId = server.register("bob").user().id();
        server.register("carol");
        general = TestServer.roomId(alice, "general");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Fails when {@code frame} names {@code user}: as an author, a push's author or a user record. */
    private static void assertNamesNot(String frame, long user, String username) {
        assertThat(Pattern.compile("\"author\":" + user + "[,}]").matcher(frame).find()).as("author id in %s", frame).isFalse();
        assertThat(Pattern.compile("\"id\":" + user + ",\"username\"").matcher(frame).find()).as("user record in %s", frame).isFalse();
        assertThat(Pattern.compile("\"user\":" + user + "[,}]").matcher(frame).find()).as("user id in %s", frame).isFalse();
        assertThat(frame).doesNotContain("\"username\":\"" + username + "\"");
    }

    @Test
    void noFrameToAnotherUser_carriesTheAnonymousAuthorsId_whileTheAuthorSeesItAsTheirs() throws Exception {
        try (RawClient bob = RawClient.login(server, "bob")) {
            ParleyClient carol = server.login("carol");
            bob.request("{\"type\":\"open\",\"room\":" + general + "}");
            carol.open(general);

            // alice posts anonymously from a connection that never opened the room
            MessageInfo secret = Calls.anonymous(alice, general, "the coffee machine is broken");
            assertThat(secret.author()).isEqualTo(aliceId);
            assertThat(secret.anonymous()).isTrue();
            assertThat(secret.myVote()).isEqualTo(1);
            String push = bob.next(t -> t.startsWith("{\"type\":\"message\""));
            JsonNode pushed = RawClient.tree(push);
            assertThat(pushed.path("message").path("text").asText()).isEqualTo("the coffee machine is broken");
            assertThat(pushed.path("message").has("author")).isFalse();
            assertThat(pushed.has("author")).isFalse();

            // a reply quoting it: the quote has no author for others
            MessageInfo reply = Calls.reply(carol, general, "again?!", secret.id());
            assertThat(reply.replyTo().author()).isNull();
            String replyPush = bob.next(t -> t.startsWith("{\"type\":\"message\"") && t.contains("again?!"));
            assertThat(RawClient.tree(replyPush).path("message").path("replyTo").has("author")).isFalse();

            // members: posting anonymously did not make alice a member
            JsonNode members = bob.request("{\"type\":\"members\",\"room\":" + general + "}");
            assertThat(members.path("result").path("users").findValuesAsText("username")).contains("bob").doesNotContain("alice");

            bob.request("{\"type\":\"history\",\"room\":" + general + "}");
            bob.request("{\"type\":\"open\",\"room\":" + general + "}");
            bob.request("{\"type\":\"history\",\"room\":" + general + ",\"around\":" + secret.id() + ",\"limit\":3}");

            // alice's other connection gets her own copies, with her as author
            ParleyClient aliceElsewhere = server.login("alice");
            Calls.Pushes elsewhere = new Calls.Pushes(aliceElsewhere);
            aliceElsewhere.open(general);
            MessageInfo edited = Calls.edit(alice, secret.id(), "the coffee machine is broken again");
            assertThat(edited.author()).isEqualTo(aliceId);
            MessageChanged ownChange = elsewhere.next(MessageChanged.class);
            assertThat(ownChange.message().author()).isEqualTo(aliceId);
            String changed = bob.next(t -> t.startsWith("{\"type\":\"message_changed\""));
            assertThat(RawClient.tree(changed).path("message").path("text").asText()).isEqualTo("the coffee machine is broken again");

            MessageInfo second = Calls.anonymous(alice, general, "and the printer");
            MessagePosted ownPost = elsewhere.next(MessagePosted.class);
            assertThat(ownPost.message().id()).isEqualTo(second.id());
            assertThat(ownPost.message().author()).isEqualTo(aliceId);
            assertThat(ownPost.author().username()).isEqualTo("alice");
            bob.next(t -> t.startsWith("{\"type\":\"message\"") && t.contains("and the printer"));

            // a reply to alice's anonymous message reaches alice with the quote's author: her
            Calls.reply(carol, general, "which printer?", second.id());
            MessagePosted quotedToAlice = elsewhere.next(MessagePosted.class);
            assertThat(quotedToAlice.message().replyTo().author()).isEqualTo(aliceId);
            bob.next(t -> t.contains("which printer?"));

            MessageInfo tombstone = Calls.delete(alice, second.id());
            assertThat(tombstone.author()).isEqualTo(aliceId);
            bob.next(t -> t.startsWith("{\"type\":\"message_changed\"") && t.contains("\"deleted\":true"));
            bob.request("{\"type\":\"history\",\"room\":" + general + "}");
            bob.request("{\"type\":\"versions\",\"message\":" + secret.id() + "}");

            List<String> frames = bob.received();
            assertThat(frames).hasSizeGreaterThan(10);
            for (String frame : frames) {
                assertNamesNot(frame, aliceId, "alice");
            }

            // carol's decoded view agrees; alice's own page shows both as hers
            HistoryPage carolPage = carol.history(general, null, 10);
            assertThat(carolPage.messages()).filteredOn(MessageInfo::isAnonymousPost).extracting(MessageInfo::author).containsOnlyNulls();
            assertThat(carolPage.users()).extracting(u -> u.id()).doesNotContain(aliceId);
            HistoryPage alicePage = alice.history(general, null, 10);
            assertThat(alicePage.messages()).filteredOn(MessageInfo::isAnonymousPost).extracting(MessageInfo::author)
                    .containsOnly(aliceId);
            assertThat(alicePage.messages()).filteredOn(m -> m.replyTo() != null).extracting(m -> m.replyTo().author())
                    .containsOnly(aliceId);
        }
    }

    @Test
    void anonymousPosting_inAPrivateChat_isNotAllowed() {
        long dm = alice.await(r -> new dev.parley.protocol.frame.StartPrivate(r, bobId)).id();
        refused(ErrorCode.ANONYMOUS_NOT_ALLOWED, () -> Calls.anonymous(alice, dm, "psst"));
        assertThat(alice.send(dm, "hello, it's me").author()).isEqualTo(aliceId);
    }
}
