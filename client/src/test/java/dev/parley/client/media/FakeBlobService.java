package dev.parley.client.media;

import dev.parley.client.net.ChatService;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.frame.FetchBlob;
import dev.parley.protocol.frame.FinishUpload;
import dev.parley.protocol.frame.Request;
import dev.parley.protocol.frame.StartUpload;
import dev.parley.protocol.frame.UploadChunk;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.BlobChunk;
import dev.parley.protocol.model.UploadProgress;
import dev.parley.protocol.model.UploadStarted;
import dev.parley.protocol.model.Welcome;
import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.lang.reflect.Proxy;

/**
 * An in-memory stand-in for the server's blob frames, for unit tests of chunking, pipelining and
 * checking: serves {@code fetch} from a map of blobs and takes uploads the way the protocol says.
 * Replies wait in a queue until the test releases them ({@link #answerNext}, {@link #answerAll}),
 * so a test sees exactly how many requests a transfer keeps in flight; with {@link #immediate} set
 * they are answered at once. The integration tests use the real server.
 */
final class FakeBlobService {
    final Map<String, byte[]> blobs = new HashMap<>();
    final List<Request<?>> requests = new ArrayList<>();
    final Deque<Runnable> waiting = new ArrayDeque<>();
    final ByteArrayOutputStream uploaded = new ByteArrayOutputStream();
    boolean immediate;
    int maxInFlight;
    /** When > 0, fetch replies carry at most this many bytes (a server sending short pieces). */
    int shortReplies;
    /** Replaces the blob's bytes in replies (a damaged transfer). */
    Function<byte[], byte[]> tamper = Function.identity();
    int uploadChunkBytes = 36 * 1024;
    Welcome welcome = new Welcome(1, "fake", true, 4000, false, 10_000_000L, 25_000_000L);
    private int answered;

    synchronized String add(byte[] content) {
        String id = ContentIds.of(content);
        blobs.put(id, content);
        return id;
    }

    synchronized long fetches() {
        return requests.stream().filter(FetchBlob.class::isInstance).count();
    }

    synchronized <T> List<T> requests(Class<T> type) {
        return requests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Releases the oldest waiting reply; false when none waits. */
    boolean answerNext() {
        Runnable r;
        synchronized (this) {
            r = waiting.poll();
        }
        if (r == null) {
            return false;
        }
        r.run();
        return true;
    }

    /** Waits up to {@code millis} until at least {@code n} replies wait; false when they did not. */
    synchronized boolean awaitWaiting(int n, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (waiting.size() < n) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return true;
    }

    void answerAll() {
        while (answerNext()) {
            // keep going: answers may send further requests
        }
    }

    public <R> CompletableFuture<R> requestAsync(Function<String, ? extends Request<R>> build) {
        CompletableFuture<R> future = new CompletableFuture<>();
        Request<R> request;
        synchronized (this) {
            request = build.apply("t" + requests.size());
            requests.add(request);
            Runnable reply = () -> {
                synchronized (this) {
                    answered++;
                }
                try {
                    future.complete(answer(request));
                } catch (RuntimeException e) {
                    future.completeExceptionally(e);
                }
            };
            waiting.add(reply);
            maxInFlight = Math.max(maxInFlight, requests.size() - answered);
            notifyAll();
        }
        if (immediate) {
            answerNext();
        }
        return future;
    }

    public <R> R request(Function<String, ? extends Request<R>> build) {
        Request<R> request;
        synchronized (this) {
            request = build.apply("t" + requests.size());
            requests.add(request);
            answered++;
        }
        return answer(request);
    }

    @SuppressWarnings("unchecked")
    private synchronized <R> R answer(Request<R> request) {
        if (request instanceof FetchBlob fetch) {
            byte[] content = blobs.get(fetch.blob());
            if (content == null) {
                throw new ParleyException(ErrorCode.BLOB_NOT_FOUND);
            }
            content = tamper.apply(content);
            int from = (int) Math.min(fetch.from(), content.length);
            int max = shortReplies > 0 ? shortReplies : 128 * 1024;
            int to = Math.min(content.length, from + max);
            return (R) new BlobChunk(fetch.blob(), fetch.from(), content.length, "image/png",
                    Base64.getEncoder().encodeToString(Arrays.copyOfRange(content, from, to)));
        }
        if (request instanceof StartUpload start) {
            long max = Attachment.PICTURE.equals(start.kind()) ? welcome.maxPictureBytes() : welcome.maxFileBytes();
            if (start.size() > max) {
                throw new ParleyException(ErrorCode.FILE_TOO_LARGE, Map.of("max", Long.toString(max)));
            }
            uploaded.reset();
            return (R) new UploadStarted("u-1", uploadChunkBytes);
        }
        if (request instanceof UploadChunk chunk) {
            if (chunk.offset() != uploaded.size()) {
                throw new ParleyException(ErrorCode.UPLOAD_NOT_FOUND);
            }
            byte[] data = Base64.getDecoder().decode(chunk.data());
            uploaded.writeBytes(data);
            return (R) new UploadProgress(chunk.upload(), uploaded.size());
        }
        if (request instanceof FinishUpload finish) {
            byte[] all = uploaded.toByteArray();
            if (!ContentIds.of(all).equals(finish.sha256())) {
                throw new ParleyException(ErrorCode.UPLOAD_MISMATCH);
            }
            return (R) new Attachment(finish.sha256(), Attachment.FILE, "x", all.length, "application/octet-stream",
                    null, null, null);
        }
        throw new UnsupportedOperationException(request.getClass().getSimpleName());
    }

    public Welcome welcome() {
        return welcome;
    }

    /**
     * This fake as a {@link ChatService}: the blob requests and {@code welcome} are answered here;
     * {@code setListener} and {@code close} do nothing; anything else is not for this fake. A
     * proxy, so the fake keeps compiling when the interface grows.
     */
    ChatService asService() {
        return (ChatService) Proxy.newProxyInstance(ChatService.class.getClassLoader(), new Class<?>[] {ChatService.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "request" -> request(cast(args[0]));
                    case "requestAsync" -> requestAsync(cast(args[0]));
                    case "welcome" -> welcome;
                    case "setListener", "close" -> null;
                    case "toString" -> "FakeBlobService";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static <R> Function<String, ? extends Request<R>> cast(Object build) {
        return (Function<String, ? extends Request<R>>) build;
    }
}
