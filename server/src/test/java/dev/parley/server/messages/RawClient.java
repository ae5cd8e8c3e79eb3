package dev.parley.server.messages;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.protocol.Json;
import dev.parley.server.RawWebSocket;
import dev.parley.server.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A logged-in protocol connection that keeps the exact text of every frame it received, for
 * tests about what a frame must never contain (an anonymous author's id). Requests are raw JSON;
 * replies are found by their request id.
 */
final class RawClient implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final RawWebSocket socket;
    private final List<String> received = new ArrayList<>();
    private int nextId;
    private long userId;

    private RawClient(RawWebSocket socket) {
        this.socket = socket;
    }

    /** A raw connection logged in as {@code username} (registered by {@link TestServer#user} or {@link TestServer#register}). */
    static RawClient login(TestServer server, String username) {
        try {
            RawClient c = new RawClient(new RawWebSocket("127.0.0.1", server.server().port(), 1 << 20));
            JsonNode ok = c.request("{\"type\":\"login\",\"username\":\"" + username + "\",\"password\":\"password-" + username + "\"}");
            c.userId = ok.path("result").path("user").path("id").asLong();
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long userId() {
        return userId;
    }

    /**
     * Sends {@code frame} (a JSON object without {@code id}; one is added) and returns its reply,
     * keeping every frame that arrived before it.
     */
    JsonNode request(String frame) {
        String id = "raw-" + (++nextId);
        String text = "{\"id\":\"" + id + "\"," + frame.substring(1);
        try {
            socket.sendText(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String reply = next(t -> t.startsWith("{\"type\":\"ok\",\"id\":\"" + id + "\"")
                || t.startsWith("{\"type\":\"error\",\"id\":\"" + id + "\""));
        return tree(reply);
    }

    /** The text of the next frame matching {@code which}; the frames before it are kept too. */
    String next(Predicate<String> which) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching frame within " + WAIT + "; received " + received);
            }
            String text;
            try {
                text = socket.readMessage(Duration.ofNanos(left));
            } catch (SocketTimeoutException timeout) {
                continue;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            received.add(text);
            if (which.test(text)) {
                return text;
            }
        }
    }

    /** Every frame received so far, as sent by the server. */
    List<String> received() {
        return List.copyOf(received);
    }

    static JsonNode tree(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a test socket: nothing to do
        }
    }
}
