package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.frame.ErrorReply;
import dev.parley.protocol.frame.Reply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every kind of bad frame gets its error code, nothing is stored, and the same connection keeps
 * working (checked by a valid request after each bad one).
 */
class BadFramesIntegrationTest {
    @TempDir
    Path data;
    TestServer server;
    ParleyClient alice;
    long general;

    @BeforeEach
    void start() {
        server = new TestServer(data);
        alice = server.user("alice");
        general = TestServer.roomId(alice, "general");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ErrorReply raw(String text, String id) throws Exception {
        Reply reply = alice.sendRaw(text, id).get(10, TimeUnit.SECONDS);
        assertThat(reply).isInstanceOf(ErrorReply.class);
        return (ErrorReply) reply;
    }

    private void assertStillUsableAndNothingStored() {
        assertThat(alice.history(general, null, 10).messages()).isEmpty();
        assertThat(alice.send(general, "still here").text()).isEqualTo("still here");
        assertThat(alice.history(general, null, 10).messages()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown type           | {"type":"explode","id":"b1"}                                                        | unknown_type   | b1
            missing type           | {"id":"b2","room":1}                                                                | unknown_type   | b2
            missing field          | {"type":"send","id":"b3","clientMessageId":"5f0c8a4e-2f1b-4a57-9a8e-0d6c2b1e7a10","text":"x"} | missing_field | b3
            mistyped field         | {"type":"send","id":"b4","room":"general","clientMessageId":"5f0c8a4e-2f1b-4a57-9a8e-0d6c2b1e7a10","text":"x"} | invalid_field | b4
            bad uuid               | {"type":"send","id":"b5","room":1,"clientMessageId":"nope","text":"x"}             | invalid_field  | b5
            limit out of range     | {"type":"history","id":"b6","room":1,"limit":1000}                                  | invalid_field  | b6
            unknown room           | {"type":"send","id":"b7","room":424242,"clientMessageId":"5f0c8a4e-2f1b-4a57-9a8e-0d6c2b1e7a10","text":"x"} | room_not_found | b7
            control characters     | {"type":"send","id":"b8","room":ROOM,"clientMessageId":"5f0c8a4e-2f1b-4a57-9a8e-0d6c2b1e7a11","text":"a\\u0007b"} | invalid_field | b8
            reply frame from client| {"type":"ok","id":"b9","result":{}}                                                  | unknown_type   | b9
            """)
    void badFrame_getsItsCode_andConnectionCarriesOn(String name, String frame, String code, String id) throws Exception {
        String text = frame.replace("ROOM", Long.toString(general));
        ErrorReply error;
        if (id == null) {
            alice.sendRaw(text, null);
            error = (ErrorReply) alice.nextUnmatchedReply(Duration.ofSeconds(10));
        } else {
            error = raw(text, id);
        }
        assertThat(error).isNotNull();
        assertThat(error.code().wireName()).isEqualTo(code);
        assertThat(error.id()).isEqualTo(id);
        assertStillUsableAndNothingStored();
    }

    @Test
    void malformedJson_isAnsweredWithoutId_andConnectionCarriesOn() throws Exception {
        alice.sendRaw("{\"type\":\"send\",", null);
        Reply reply = alice.nextUnmatchedReply(Duration.ofSeconds(10));
        assertThat(reply).isInstanceOfSatisfying(ErrorReply.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_FRAME));
        assertStillUsableAndNothingStored();
    }

    @Test
    void textOverLimit_inFrame_isRefused() throws Exception {
        String text = "y".repeat(4001);
        ErrorReply error = raw("{\"type\":\"send\",\"id\":\"t1\",\"room\":" + general
                + ",\"clientMessageId\":\"5f0c8a4e-2f1b-4a57-9a8e-0d6c2b1e7a12\",\"text\":\"" + text + "\"}", "t1");
        assertThat(error.code()).isEqualTo(ErrorCode.TEXT_TOO_LONG);
        assertStillUsableAndNothingStored();
    }

    @Test
    void frameOverSizeLimit_isRefused_andConnectionCarriesOn() throws Exception {
        String padding = "z".repeat(70_000);
        alice.sendRaw("{\"type\":\"rooms\",\"id\":\"big\",\"pad\":\"" + padding + "\"}", null);
        Reply reply = alice.nextUnmatchedReply(Duration.ofSeconds(10));
        assertThat(reply).isInstanceOfSatisfying(ErrorReply.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FRAME_TOO_LARGE));
        assertStillUsableAndNothingStored();
    }

    @Test
    void deeplyNestedJson_isRefused_andConnectionCarriesOn() throws Exception {
        String nested = "[".repeat(100) + "]".repeat(100);
        alice.sendRaw("{\"type\":\"rooms\",\"id\":\"deep\",\"x\":" + nested + "}", null);
        Reply reply = alice.nextUnmatchedReply(Duration.ofSeconds(10));
        assertThat(reply).isInstanceOfSatisfying(ErrorReply.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED));
        assertStillUsableAndNothingStored();
    }

    @Test
    void frameOverTransportBuffer_closesOnlyThatConnection() throws Exception {
        ParleyClient bob = server.user("bob");
        String huge = "{\"type\":\"rooms\",\"id\":\"huge\",\"pad\":\"" + "q".repeat(300_000) + "\"}";
        bob.sendRaw(huge, "huge");
        var reason = bob.closedFuture().get(10, TimeUnit.SECONDS);
        // Tyrus refuses the frame in its read buffer (1011; 1009 when the session limit trips first)
        assertThat(reason.getCloseCode().getCode()).isIn(1009, 1011);
        assertStillUsableAndNothingStored();
    }
}
