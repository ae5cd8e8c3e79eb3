package dev.parley.server.messages;

import static dev.parley.server.messages.Calls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.Ban;
import dev.parley.protocol.frame.CreateRoom;
import dev.parley.protocol.frame.RevealAuthor;
import dev.parley.protocol.frame.RoomMembers;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RestrictionKind;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.TestServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may reach a message at all, and bad input to the new frames: a clear code, and the connection carries on. */
class MessageAccessIntegrationTest {
    @TempDir
    Path data;
    TestServer server;
    ParleyClient alice;
    ParleyClient bob;

    @BeforeEach
    void start() {
        server = new TestServer(data);
        alice = server.user("alice");
        bob = server.user("bob");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aBannedUser_getsMessageNotFound_forEveryMessageOfThatRoom() {
        RoomInfo room = alice.await(id -> new CreateRoom(id, "Board games", null));
        MessageInfo bobs = bob.send(room.id(), "my own message");
        MessageInfo alices = alice.send(room.id(), "the owner's");
        alice.await(id -> new Ban(id, bobs.author(), room.id(), RestrictionKind.BAN, 600L, "spam"));

        for (long message : new long[] {bobs.id(), alices.id()}) {
            refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.edit(bob, message, "x"));
            refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.versions(bob, message));
            refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.delete(bob, message));
            refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.vote(bob, message, 1));
            refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.react(bob, message, "👍", true));
        }
        refused(ErrorCode.BANNED, () -> bob.await(id -> new RoomMembers(id, room.id(), null, null)));
        // and a reply to a message there is refused as the send itself is
        refused(ErrorCode.BANNED, () -> Calls.reply(bob, room.id(), "quote", alices.id()));
        assertThat(Calls.seenBy(alice, room.id(), bobs.id()).text()).isEqualTo("my own message");
    }

    @Test
    void unknownIds_getMessageNotFound_andTheConnectionCarriesOn() {
        long general = TestServer.roomId(alice, "general");
        long unknown = 424242L;
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.edit(alice, unknown, "x"));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.versions(alice, unknown));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.delete(alice, unknown));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.vote(alice, unknown, 1));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.react(alice, unknown, "👍", true));
        refused(ErrorCode.MESSAGE_NOT_FOUND, () -> Calls.reply(alice, general, "re", unknown));
        refused(ErrorCode.ROOM_NOT_FOUND, () -> alice.await(id -> new RoomMembers(id, unknown, null, null)));
        refused(ErrorCode.FORBIDDEN, () -> alice.await(id -> new RevealAuthor(id, unknown)));
        assertThat(alice.send(general, "still fine").text()).isEqualTo("still fine");
    }

    @Test
    void badFields_ofTheNewFrames_getTheirCodes_andTheConnectionCarriesOn() throws Exception {
        long general = TestServer.roomId(alice, "general");
        MessageInfo sent = alice.send(general, "target");
        try (RawClient raw = RawClient.login(server, "bob")) {
            assertError(raw.request("{\"type\":\"vote\",\"message\":" + sent.id() + ",\"value\":2}"), "invalid_field", "value");
            assertError(raw.request("{\"type\":\"vote\",\"message\":" + sent.id() + "}"), "missing_field", "value");
            assertError(raw.request("{\"type\":\"vote\",\"message\":\"" + sent.id() + "\",\"value\":1}"), "invalid_field", "message");
            assertError(raw.request("{\"type\":\"react\",\"message\":" + sent.id() + ",\"emoji\":\"🦄\",\"on\":true}"),
                    "invalid_field", "emoji");
            assertError(raw.request("{\"type\":\"react\",\"message\":" + sent.id() + ",\"emoji\":\"👍\"}"), "missing_field", "on");
            assertError(raw.request("{\"type\":\"edit\",\"message\":-1,\"text\":\"x\"}"), "invalid_field", "message");
            assertError(raw.request("{\"type\":\"history\",\"room\":" + general + ",\"after\":1,\"around\":2}"),
                    "invalid_field", null);
            assertError(raw.request("{\"type\":\"members\",\"room\":" + general + ",\"limit\":101}"), "invalid_field", "limit");
            assertError(raw.request("{\"type\":\"users\",\"ids\":[]}"), "invalid_field", "ids");
            assertError(raw.request("{\"type\":\"send\",\"room\":" + general
                    + ",\"clientMessageId\":\"6f1c2a9e-3b7d-4c1a-9f0e-2d8b5a7c4e11\",\"text\":\"x\",\"attachment\":\"nothex\"}"),
                    "invalid_field", "attachment");
            JsonNode ok = raw.request("{\"type\":\"vote\",\"message\":" + sent.id() + ",\"value\":1}");
            assertThat(ok.path("result").path("score").asInt()).isEqualTo(2);
        }
    }

    private static void assertError(JsonNode reply, String code, String field) {
        assertThat(reply.path("type").asText()).as("%s", reply).isEqualTo("error");
        assertThat(reply.path("code").asText()).as("%s", reply).isEqualTo(code);
        if (field != null) {
            assertThat(reply.path("params").path("field").asText()).as("%s", reply).isEqualTo(field);
        }
    }
}
