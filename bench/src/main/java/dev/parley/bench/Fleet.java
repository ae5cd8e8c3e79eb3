package dev.parley.bench;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.Push;
import dev.parley.protocol.model.SessionInfo;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Opens, logs in, drops and reopens the bench's connections, all through one
 * {@link ParleyConnector} (one shared client container for every connection).
 *
 * <p>Logging in costs the server one Argon2 verification (tens of milliseconds, at most one
 * per core at a time), so thousands of password logins would take minutes. Instead each
 * account logs in with its password once, on its first connection, and every further
 * connection of that account {@code resume}s with the session token, like a client
 * reconnecting. Handshakes run with bounded concurrency ({@code --concurrency}) so they do not
 * storm the server, except where a storm is the point ({@code reconnect}).
 *
 * <p>When the bench targets a server it did not seed ({@code --url}), the first connection of
 * an account registers it instead (one Argon2 hash), falling back to login if the name exists.
 */
final class Fleet implements AutoCloseable {
    static final String CLIENT_NAME = "parley-bench";

    private final ParleyConnector connector;
    private final String url;
    private final Errors errors;
    private final boolean register;
    private final Consumer<String> progress;
    private volatile BiConsumer<BenchClient, Push> pushHandler = (c, p) -> { };
    private volatile java.util.function.BiPredicate<BenchClient, String> rawPushHandler;
    private final List<BenchClient> clients = new ArrayList<>();

    Fleet(ParleyConnector connector, String url, Errors errors, boolean register, Consumer<String> progress) {
        this.connector = connector;
        this.url = url;
        this.errors = errors;
        this.register = register;
        this.progress = progress;
    }

    /** Where pushes of every connection go (called on the container's threads; keep it short). */
    void onPush(BiConsumer<BenchClient, Push> handler) {
        this.pushHandler = handler;
    }

    /**
     * Where pushes go as raw JSON, before decoding: a handler that returns true has consumed the
     * frame. Receiving 60,000 pushes a second, decoding each would cost the bench a core the
     * server shares; the chat scenarios only need the due time embedded in the text.
     */
    void onRawPush(java.util.function.BiPredicate<BenchClient, String> handler) {
        this.rawPushHandler = handler;
    }

    /**
     * Creates {@code count} connections over {@code accounts} accounts: connection {@code i} is
     * account {@code i mod accounts} and sits in {@code rooms[i mod rooms.length]} (none when
     * {@code rooms} is empty). Returns the connections that opened; failures are in the errors.
     */
    List<BenchClient> open(int count, List<BenchClient.Account> accounts, long[] rooms, int concurrency)
            throws InterruptedException {
        List<BenchClient> created = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long room = rooms.length == 0 ? 0 : rooms[i % rooms.length];
            created.add(new BenchClient(i, accounts.get(i % accounts.size()), room));
        }
        // first connection of each account logs in with the password; the rest resume its token
        List<BenchClient> first = created.subList(0, Math.min(accounts.size(), count));
        List<BenchClient> rest = created.subList(first.size(), count);
        List<BenchClient> opened = new ArrayList<>(connectAll(first, concurrency, true));
        opened.addAll(connectAll(rest, concurrency, false));
        synchronized (clients) {
            clients.addAll(opened);
        }
        return opened;
    }

    /** Connects each client (with up to three attempts), {@code concurrency} at a time; returns those that made it. */
    List<BenchClient> connectAll(List<BenchClient> targets, int concurrency, boolean withPassword)
            throws InterruptedException {
        if (targets.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, targets.size())),
                daemon("bench-connect"));
        AtomicInteger done = new AtomicInteger();
        long lastReport = System.nanoTime();
        try {
            Map<BenchClient, Future<Boolean>> futures = new LinkedHashMap<>();
            for (BenchClient c : targets) {
                futures.put(c, pool.submit(() -> {
                    boolean ok = connectWithRetries(c, withPassword, 3);
                    done.incrementAndGet();
                    return ok;
                }));
            }
            List<BenchClient> ok = new ArrayList<>();
            for (var e : futures.entrySet()) {
                try {
                    if (e.getValue().get()) {
                        ok.add(e.getKey());
                    }
                } catch (java.util.concurrent.ExecutionException ex) {
                    errors.record(ex);
                }
                if (System.nanoTime() - lastReport > 5_000_000_000L) {
                    lastReport = System.nanoTime();
                    progress.accept("connected " + done.get() + " of " + targets.size());
                }
            }
            return ok;
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean connectWithRetries(BenchClient c, boolean withPassword, int attempts) throws InterruptedException {
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                connect(c, withPassword);
                return true;
            } catch (IOException | RuntimeException e) {
                errors.record(e);
                Thread.sleep(100L * attempt);
            }
        }
        return false;
    }

    /**
     * Opens a new connection for {@code c}: hello, then login/register (with password) or resume
     * (with the account's token), then opens its room. Replaces {@code c.client}.
     */
    void connect(BenchClient c, boolean withPassword) throws IOException {
        ParleyClient client = connector.connect(url);
        try {
            client.onPush(p -> pushHandler.accept(c, p));
            java.util.function.BiPredicate<BenchClient, String> raw = rawPushHandler;
            if (raw != null) {
                client.onRawPush(text -> raw.test(c, text));
            }
            client.onClose(reason -> {
                if (!c.closing) {
                    errors.record("closed:" + reason.getCloseCode().getCode(), reason.getReasonPhrase());
                }
            });
            client.hello(CLIENT_NAME);
            SessionInfo session;
            if (withPassword || c.account.token == null) {
                session = passwordLogin(client, c.account.username);
            } else {
                session = client.resume(c.account.token);
            }
            c.account.token = session.token();
            if (c.room > 0) {
                client.open(c.room);
            }
            c.closing = false;
            c.client = client;
        } catch (RuntimeException e) {
            c.closing = true;
            client.close();
            throw e;
        }
    }

    private SessionInfo passwordLogin(ParleyClient client, String username) {
        if (register) {
            try {
                return client.register(username, Seeder.PASSWORD);
            } catch (ParleyException e) {
                if (e.code() != ErrorCode.USERNAME_TAKEN) {
                    throw e;
                }
            }
        }
        return client.login(username, Seeder.PASSWORD);
    }

    /** Closes {@code targets}' connections from the client side, {@code concurrency} at a time. */
    void drop(List<BenchClient> targets, int concurrency) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(concurrency, targets.size())),
                daemon("bench-drop"));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (BenchClient c : targets) {
                futures.add(pool.submit(() -> {
                    c.closing = true;
                    ParleyClient client = c.client;
                    if (client != null) {
                        client.close();
                    }
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    errors.record(e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Connections currently open. */
    int openCount() {
        synchronized (clients) {
            return (int) clients.stream().filter(c -> c.client != null && c.client.isOpen()).count();
        }
    }

    @Override
    public void close() throws InterruptedException {
        List<BenchClient> all;
        synchronized (clients) {
            all = new ArrayList<>(clients);
            clients.clear();
        }
        drop(all, 64);
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
