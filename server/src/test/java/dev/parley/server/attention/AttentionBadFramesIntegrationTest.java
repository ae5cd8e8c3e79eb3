package dev.parley.server.attention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.ErrorReply;
import dev.parley.protocol.frame.ListConversations;
import dev.parley.protocol.frame.Reply;
import dev.parley.protocol.model.ConversationState;
import dev.parley.server.TestServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad frames of private chats, read state and presence get their error code and change nothing;
 * the connection carries on (checked by a valid request after each).
 */
class AttentionBadFramesIntegrationTest {
    @TempDir
    static Path data;
    static TestServer server;
    static ParleyClient alice;

    @BeforeAll
    static void start() {
        server = new TestServer(ServerConfig.loopback(data), Clock.systemUTC());
        alice = server.user("alice");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ErrorReply raw(String text, String id) throws Exception {
        Reply reply = alice.sendRaw(text, id).get(10, TimeUnit.SECONDS);
        assertThat(reply).isInstanceOf(ErrorReply.class);
        return (ErrorReply) reply;
    }

    private static void assertNothingChanged() {
        List<ConversationState> states = alice.await(ListConversations::new).conversations();
        assertThat(states).isNotEmpty().allSatisfy(s -> {
            assertThat(s.notifications()).isTrue();
            assertThat(s.unread()).isZero();
        });
        assertThat(alice.rooms().rooms()).noneMatch(r -> r.privateChat());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            private without user        | {"type":"private","id":"p1"}                                   | missing_field | user
            private with a string       | {"type":"private","id":"p2","user":"bob"}                      | invalid_field | user
            private with id 0           | {"type":"private","id":"p3","user":0}                          | invalid_field | user
            private with unknown user   | {"type":"private","id":"p4","user":424242}                     | user_not_found | user
            read without message        | {"type":"read","id":"r1","room":1}                             | missing_field | message
            read with a fraction        | {"type":"read","id":"r2","room":1,"message":1.5}               | invalid_field | message
            read of a negative room     | {"type":"read","id":"r3","room":-1,"message":1}                | invalid_field | room
            read of an unknown room     | {"type":"read","id":"r4","room":424242,"message":1}            | room_not_found | room
            read of an unknown message  | {"type":"read","id":"r5","room":1,"message":424242}            | message_not_found |
            notify without on           | {"type":"notify","id":"n1","room":1}                           | missing_field | on
            notify with a string        | {"type":"notify","id":"n2","room":1,"on":"no"}                 | invalid_field | on
            notify of an unknown room   | {"type":"notify","id":"n3","room":424242,"on":false}           | room_not_found | room
            watch without rooms         | {"type":"watch","id":"w1"}                                     | missing_field | rooms
            watch with a non-list       | {"type":"watch","id":"w2","rooms":5}                           | invalid_field | rooms
            watch with a bad id         | {"type":"watch","id":"w3","rooms":[1,-4]}                      | invalid_field | rooms
            presence without users      | {"type":"watch_presence","id":"a1"}                            | missing_field | users
            presence with strings       | {"type":"watch_presence","id":"a2","users":["ania"]}           | invalid_field | users
            open around 0               | {"type":"open","id":"o1","room":1,"around":0}                  | invalid_field | around
            history after and around    | {"type":"history","id":"h1","room":1,"after":3,"around":5}     | invalid_field |
            """)
    void badFrame_getsItsCode_andChangesNothing(String name, String frame, String code, String field) throws Exception {
        String id = frame.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        ErrorReply error = raw(frame, id);
        assertThat(error.id()).isEqualTo(id);
        assertThat(error.code().wireName()).isEqualTo(code);
        if (field != null && !field.isBlank() && !code.endsWith("not_found")) {
            assertThat(error.params()).containsEntry("field", field);
        }
        assertNothingChanged();
    }

    @Test
    void watch_andWatchPresence_overTheirLimitOf1000_areRefused() throws Exception {
        String ids = LongStream.rangeClosed(1, 1001).mapToObj(Long::toString).collect(Collectors.joining(","));

        ErrorReply rooms = raw("{\"type\":\"watch\",\"id\":\"big1\",\"rooms\":[" + ids + "]}", "big1");
        ErrorReply users = raw("{\"type\":\"watch_presence\",\"id\":\"big2\",\"users\":[" + ids + "]}", "big2");

        assertThat(rooms.code().wireName()).isEqualTo("invalid_field");
        assertThat(rooms.params()).containsEntry("field", "rooms");
        assertThat(users.code().wireName()).isEqualTo("invalid_field");
        assertThat(users.params()).containsEntry("field", "users");
        assertNothingChanged();
    }

    @Test
    void attentionFrames_beforeLogin_areNotAuthenticated() throws Exception {
        ParleyClient anonymous = server.connect();
        for (String frame : List.of("{\"type\":\"conversations\",\"id\":\"x1\"}", "{\"type\":\"private\",\"id\":\"x1\",\"user\":1}",
                "{\"type\":\"watch\",\"id\":\"x1\",\"rooms\":[1]}", "{\"type\":\"read\",\"id\":\"x1\",\"room\":1,\"message\":1}",
                "{\"type\":\"notify\",\"id\":\"x1\",\"room\":1,\"on\":true}", "{\"type\":\"watch_presence\",\"id\":\"x1\",\"users\":[1]}")) {
            Reply reply = anonymous.sendRaw(frame, "x1").get(10, TimeUnit.SECONDS);
            assertThat(reply).isInstanceOfSatisfying(ErrorReply.class,
                    e -> assertThat(e.code().wireName()).as(frame).isEqualTo("not_authenticated"));
        }
    }
}
