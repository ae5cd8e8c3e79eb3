package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.FrameCodec;
import dev.parley.protocol.Json;
import dev.parley.protocol.Limits;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.ErrorReply;
import dev.parley.protocol.frame.Reply;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.server.config.ServerConfig;
import jakarta.websocket.CloseReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzes the frame handlers through the real server: one {@link ParleyServer} per class (real
 * H2 database in a temporary directory, every feature wired by {@link ParleyServer#start}) and a
 * real headless {@link ParleyClient} over loopback, logged in, sending the fuzzed text as one
 * WebSocket text frame.
 *
 * <p>Invariants for every frame within the transport buffer: exactly one reply arrives (within
 * {@link #REPLY_WAIT}); when the frame carried a readable request id, the reply carries it; no
 * reply is ever {@code internal}; the connection stays open and keeps answering (a {@code rooms}
 * request after each frame). After all frames, a fresh connection can still register, send and
 * read history. A fuzzed {@code logout} is allowed to end the session; the test then goes on
 * as a new user on a new connection.
 *
 * <p>In {@code mvn verify} each method runs once per stored input under
 * {@code src/test/resources/dev/parley/server/FrameHandlersFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} the selected method is fuzzed (see {@code docs/fuzzing.md}).
 *
 * <p>Two findings are kept as strict checks with their inputs: a push frame sent by a client
 * ({@code {"type":"message","id":"f0"}}) used to be refused without its readable id
 * ({@link #dispatch_pushFrameFromClient_repliesWithItsId}); and a history page used to be
 * unbounded in bytes, so 20 messages of 4,000 emoji made a reply larger than the client's
 * incoming buffer ({@link Limits#TRANSPORT_BUFFER_BYTES}), closing its connection
 * ({@link #dispatch_pageOfLongMessages_fitsClientBuffer}). Both are fixed in the server.
 */
class FrameHandlersFuzzTest {
    private static final FrameCodec CODEC = new FrameCodec();
    private static final Duration REPLY_WAIT = Duration.ofSeconds(5);
    private static final ParleyConnector CONNECTOR = new ParleyConnector(REPLY_WAIT);

    private static Path dataDir;
    private static ParleyServer server;
    private static ParleyClient client;
    private static long[] rooms;
    private static int users;
    private static long sentinels;
    private static String previousText = "";

    @BeforeAll
    static void startServer() throws IOException {
        dataDir = Files.createTempDirectory("parley-fuzz");
        server = ParleyServer.start(ServerConfig.loopback(dataDir));
        client = loggedInClient();
        rooms = client.rooms().rooms().stream().mapToLong(RoomInfo::id).toArray();
    }

    @AfterAll
    static void freshConnectionStillWorks_thenStop() throws IOException {
        try {
            if (server != null) {
                try (ParleyClient fresh = loggedInClient()) {
                    long room = rooms[0];
                    MessageInfo sent = fresh.send(room, "after fuzzing");
                    HistoryPage page = fresh.history(room, null, 10);
                    assertThat(page.messages()).extracting(MessageInfo::id).contains(sent.id());
                }
            }
        } finally {
            if (client != null) {
                client.close();
            }
            if (server != null) {
                server.close();
            }
            deleteRecursively(dataDir);
        }
    }

    /** Any bytes, read as UTF-8 text: the stored inputs for this method are plain frame text files. */
    @FuzzTest(maxDuration = "2m")
    void dispatch_anyText_repliesOnceAndKeepsConnection(byte[] input) throws Exception {
        exchange(new String(input, StandardCharsets.UTF_8));
    }

    /** Requests with real field names and values around their limits, aimed at the existing rooms. */
    @FuzzTest(maxDuration = "2m")
    void dispatch_requestShapedText_repliesOnceAndKeepsConnection(FuzzedDataProvider data) throws Exception {
        exchange(FuzzRequestText.request(data, rooms));
    }

    /** A push frame from a client is refused with its id (see the class comment). */
    @FuzzTest(maxDuration = "2m")
    void dispatch_pushFrameFromClient_repliesWithItsId(byte[] input) throws Exception {
        exchange(new String(input, StandardCharsets.UTF_8));
    }

    /**
     * Pages stay within the client's buffer (see the class comment): the input is a message
     * text; after 20 messages with it, the newest page of 20 must still reach the client.
     */
    @FuzzTest(maxDuration = "2m")
    void dispatch_pageOfLongMessages_fitsClientBuffer(byte[] input) throws Exception {
        String text = new String(input, StandardCharsets.UTF_8);
        long room = rooms[rooms.length - 1];
        for (int i = 0; i < 20; i++) {
            exchange(sendFrame(room, text));
        }
        exchange("{\"type\":\"history\",\"id\":\"page\",\"room\":" + room + ",\"limit\":20}");
    }

    private static String sendFrame(long room, String text) {
        return Json.mapper().createObjectNode().put("type", "send").put("id", "long-" + (++sentinels)).put("room", room)
                .put("clientMessageId", java.util.UUID.randomUUID().toString()).put("text", text).toString();
    }

    private static void exchange(String text) throws Exception {
        if (!client.isOpen()) {
            CloseReason reason = client.closedFuture().getNow(null);
            String previous = previousText;
            client = loggedInClient();
            throw new AssertionError("connection closed after the previous frame " + clip(previous) + ": "
                    + (reason == null ? "?" : reason.getCloseCode().getCode() + " " + reason.getReasonPhrase()));
        }
        previousText = text;
        int bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Limits.TRANSPORT_BUFFER_BYTES) {
            // refused by the transport itself, which closes the connection (1009/1011)
            // the returned future fails if the server closes the connection during the write
            client.sendRaw(text, null);
            client.closedFuture().get(REPLY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            client = loggedInClient();
            return;
        }
        String id = readableId(text, bytes);
        Reply reply;
        if (id != null) {
            reply = awaitReply(client.sendRaw(text, id), text);
        } else {
            client.sendRaw(text, null); // with no id to match, the reply lands among the unmatched ones
            reply = client.nextUnmatchedReply(REPLY_WAIT);
            assertThat(reply).as("a reply to %s", clip(text)).isNotNull();
        }
        assertNotInternal(reply, text);

        // the connection still answers, and the frame got no second reply
        String sentinelId = "fuzz-sentinel-" + (++sentinels);
        Reply sentinel = awaitReply(client.sendRaw("{\"type\":\"rooms\",\"id\":\"" + sentinelId + "\"}", sentinelId), text);
        assertNotInternal(sentinel, text);
        if (sentinel instanceof ErrorReply e && e.code() == ErrorCode.NOT_AUTHENTICATED) {
            // the fuzzed frame was a logout: go on as a new user on a new connection (logging the old
            // one in again could race the server's login timeout, which would close it)
            client.close();
            client = loggedInClient();
        } else {
            assertThat(sentinel).as("rooms after %s", clip(text)).isNotInstanceOf(ErrorReply.class);
        }
        assertThat(client.nextUnmatchedReply(Duration.ZERO)).as("a second reply to %s", clip(text)).isNull();
        assertThat(client.isOpen()).as("connection open after %s", clip(text)).isTrue();
    }

    /**
     * The request id the server can read from the text (the codec's rule): a string of at most
     * {@link Limits#MAX_REQUEST_ID_LENGTH} characters under {@code id} in a JSON object within
     * the frame limit; null when there is none.
     */
    private static String readableId(String text, int bytes) {
        if (bytes > Limits.MAX_FRAME_BYTES) {
            return null;
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
        JsonNode id = tree == null ? null : tree.get("id");
        return tree != null && tree.isObject() && id != null && id.isTextual()
                && id.textValue().length() <= Limits.MAX_REQUEST_ID_LENGTH ? id.textValue() : null;
    }

    private static Reply awaitReply(CompletableFuture<Reply> future, String text) throws Exception {
        try {
            return future.get(REPLY_WAIT.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new AssertionError("no reply to " + clip(text) + " (connection open: " + client.isOpen() + ")", e);
        }
    }

    private static void assertNotInternal(Reply reply, String text) {
        if (reply instanceof ErrorReply e) {
            assertThat(e.code()).as("error answering %s (params %s)", clip(text), e.params()).isNotEqualTo(ErrorCode.INTERNAL);
        }
    }

    private static ParleyClient loggedInClient() throws IOException {
        ParleyClient c = CONNECTOR.connect(server.address());
        c.hello("fuzz");
        c.register(nextUsername(), "fuzz-password");
        return c;
    }

    private static String nextUsername() {
        return "fuzzer" + (++users);
    }

    private static String clip(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "… (" + text.length() + " chars)";
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
