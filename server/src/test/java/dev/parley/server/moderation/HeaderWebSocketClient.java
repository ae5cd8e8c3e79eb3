package dev.parley.server.moderation;

import dev.parley.protocol.FrameCodec;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.ErrorReply;
import dev.parley.protocol.frame.Frame;
import dev.parley.protocol.frame.Ok;
import dev.parley.protocol.frame.Reply;
import dev.parley.protocol.frame.Request;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A protocol client that sends its own handshake headers (here {@code X-Forwarded-For}, as a
 * reverse proxy would), which the real client has no reason to offer. Built on the JDK's
 * WebSocket client; requests and replies go through the shared frame codec; pushes are ignored.
 */
final class HeaderWebSocketClient implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final FrameCodec codec = FrameCodec.forClient();
    private final Map<String, CompletableFuture<Reply>> pending = new ConcurrentHashMap<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final AtomicLong ids = new AtomicLong();
    private final WebSocket socket;

    /** Connects to {@code address} ({@code ws://host:port/ws}) with {@code forwardedFor} as the header (null: none). */
    HeaderWebSocketClient(String address, String forwardedFor) throws Exception {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder();
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        socket = builder.buildAsync(URI.create(address), new Listener()).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends a request and waits for its result; a refusal is thrown as {@link ParleyException}. */
    <R> R call(Function<String, ? extends Request<R>> build) throws Exception {
        Request<R> request = build.apply("h" + ids.incrementAndGet());
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        pending.put(request.id(), reply);
        closeCode.whenComplete((code, e) -> reply.completeExceptionally(new IllegalStateException("closed: " + code)));
        socket.sendText(codec.encode(request), true).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Reply r = reply.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (r instanceof Ok ok) {
            return codec.result(ok, request.resultType());
        }
        ErrorReply error = (ErrorReply) r;
        throw new ParleyException(error.code(), error.params());
    }

    /** The close code the server ended the connection with; fails if it stays open for {@code wait}. */
    int awaitClose(Duration wait) throws InterruptedException, ExecutionException, TimeoutException {
        return closeCode.get(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isOpen() {
        return !closeCode.isDone() && !socket.isInputClosed();
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                Frame frame = codec.decode(partial.toString());
                partial.setLength(0);
                if (frame instanceof Reply reply && reply.id() != null) {
                    CompletableFuture<Reply> f = pending.remove(reply.id());
                    if (f != null) {
                        f.complete(reply);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }
    }
}
