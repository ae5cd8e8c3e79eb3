package dev.parley.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.protocol.frame.ChangePassword;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ServerConnection} and its {@link ConnectionSupervisor} against the real server, stopped
 * and started again on the same port and data directory: the session resumes with its token,
 * the connection object stays the same, sends stay exactly-once across the restart. The
 * supervisor's time is a manual scheduler, so the test decides when the client tries again.
 */
class ServerConnectionReconnectTest {
    @TempDir
    Path data;
    private final ParleyConnector connector = new ParleyConnector();
    private final ManualScheduler scheduler = new ManualScheduler(new ManualClock(Instant.parse("2026-03-01T09:00:00Z")));
    private final List<String> events = new CopyOnWriteArrayList<>();
    private final List<MessageInfo> pushed = new CopyOnWriteArrayList<>();
    private ParleyServer server;
    private int port;
    private ServerConnection connection;

    @BeforeEach
    void start() {
        server = ParleyServer.start(ServerConfig.loopback(data));
        port = server.port();
        connection = new ServerConnection(connector, new SameThreadTaskExecutor(),
                new ConnectionTiming(scheduler.clock(), () -> scheduler, () -> 0.0));
        connection.setListener(new ChatService.Listener() {
            @Override
            public void messagePosted(MessageInfo message, UserInfo author) {
                pushed.add(message);
            }

            @Override
            public void disconnected() {
                events.add("disconnected");
            }

            @Override
            public void sessionEnded() {
                events.add("session ended");
            }

            @Override
            public void reconnecting(Duration nextAttemptIn) {
                events.add(nextAttemptIn == null ? "attempting" : "reconnecting in " + nextAttemptIn.toSeconds());
            }

            @Override
            public void reconnected(SessionInfo session) {
                events.add("reconnected as " + session.user().username());
            }

            @Override
            public void sessionExpired() {
                events.add("expired");
            }
        });
    }

    @AfterEach
    void stop() {
        connection.close();
        server.close();
    }

    @Test
    void serverRestart_resumesTheSessionOnTheSameConnectionObject() throws Exception {
        connection.connect(server.address());
        SessionInfo me = connection.register("ana", "password123");
        long general = connection.rooms().get(0).id();
        connection.open(general, 50);

        restartServer();
        scheduler.advance(Duration.ofSeconds(2));

        assertThat(events).containsExactly("reconnecting in 2", "attempting", "reconnected as ana");
        assertThat(connection.supervisorState()).isEqualTo(ConnectionSupervisor.State.CONNECTED);
        assertThat(connection.rooms()).as("requests work again, logged in as the same user").isNotEmpty();
        MessageInfo mine = connection.send(general, UUID.randomUUID(), "back again");
        assertThat(mine.author()).isEqualTo(me.user().id());
    }

    @Test
    void serverDown_attemptsBackOffUntilItIsBack() throws Exception {
        connection.connect(server.address());
        connection.register("ana", "password123");
        server.close();
        waitFor(() -> events.contains("reconnecting in 2"));
        assertThatThrownBy(connection::rooms).isInstanceOf(IOException.class);

        scheduler.advance(Duration.ofSeconds(2));
        scheduler.advance(Duration.ofSeconds(4));
        server = ParleyServer.start(ServerConfig.loopback(data).withPort(port));
        scheduler.advance(Duration.ofSeconds(8));

        assertThat(events).containsExactly("reconnecting in 2", "attempting", "reconnecting in 4", "attempting",
                "reconnecting in 8", "attempting", "reconnected as ana");
    }

    @Test
    void resendAfterRestart_withTheSameClientMessageId_isStoredOnce() throws Exception {
        connection.connect(server.address());
        connection.register("ana", "password123");
        long general = connection.rooms().get(0).id();
        UUID id = UUID.randomUUID();
        MessageInfo first = connection.send(general, id, "said once");

        restartServer();
        scheduler.advance(Duration.ofSeconds(2));
        MessageInfo again = connection.send(general, id, "said once");

        assertThat(again.id()).isEqualTo(first.id());
        HistoryPage page = connection.open(general, 50);
        assertThat(page.messages()).extracting(MessageInfo::text).containsOnlyOnce("said once");
    }

    @Test
    void afterResume_pushesOfReopenedRoomsArrive() throws Exception {
        connection.connect(server.address());
        connection.register("ana", "password123");
        long general = connection.rooms().get(0).id();
        connection.open(general, 50);
        restartServer();
        scheduler.advance(Duration.ofSeconds(2));

        connection.open(general, 50);
        try (ParleyClient other = user("bob")) {
            other.send(general, "hello after the restart");
        }

        waitFor(() -> pushed.stream().anyMatch(m -> m.text().equals("hello after the restart")));
    }

    @Test
    void resumeRefused_afterThePasswordChangedWhileAway_reportsTheSessionExpired() throws Exception {
        connection.connect(server.address());
        connection.register("ana", "password123");
        restartServer();
        try (ParleyClient elsewhere = connector.connect(server.address())) {
            elsewhere.hello("test");
            elsewhere.login("ana", "password123");
            elsewhere.await(id -> new ChangePassword(id, "password123", "another password"));
        }

        scheduler.advance(Duration.ofSeconds(2));
        scheduler.advance(Duration.ofMinutes(5));

        assertThat(events).containsExactly("reconnecting in 2", "attempting", "expired");
        assertThat(connection.supervisorState()).isEqualTo(ConnectionSupervisor.State.STOPPED);
    }

    @Test
    void sessionEndedElsewhere_isNotRetried() throws Exception {
        connection.connect(server.address());
        connection.register("ana", "password123");
        try (ParleyClient elsewhere = connector.connect(server.address())) {
            elsewhere.hello("test");
            elsewhere.login("ana", "password123");
            elsewhere.await(id -> new ChangePassword(id, "password123", "another password"));
        }

        waitFor(() -> events.contains("session ended"));
        scheduler.advance(Duration.ofMinutes(5));

        assertThat(events).containsExactly("session ended");
        assertThat(connection.supervisorState()).isEqualTo(ConnectionSupervisor.State.STOPPED);
    }

    @Test
    void closedByUs_isNotRetried() throws Exception {
        connection.connect(server.address());
        connection.register("ana", "password123");

        connection.close();
        scheduler.advance(Duration.ofMinutes(1));

        assertThat(events).isEmpty();
        assertThat(connection.supervisorState()).isEqualTo(ConnectionSupervisor.State.STOPPED);
    }

    @Test
    void lossBeforeLogin_isReportedAndNotRetried() throws Exception {
        connection.connect(server.address());

        server.close();
        waitFor(() -> events.contains("disconnected"));
        scheduler.advance(Duration.ofMinutes(1));

        assertThat(events).containsExactly("disconnected");
    }

    @Test
    void ping_isAnsweredByTheServer() throws Exception {
        try (ParleyClient c = connector.connect(server.address())) {
            CountDownLatch heard = new CountDownLatch(1);
            c.onReceive(heard::countDown);

            assertThat(c.ping()).isTrue();

            assertThat(heard.await(10, TimeUnit.SECONDS)).as("a pong arrived").isTrue();
        }
    }

    private void restartServer() throws Exception {
        server.close();
        waitFor(() -> events.contains("reconnecting in 2"));
        server = ParleyServer.start(ServerConfig.loopback(data).withPort(port));
    }

    private ParleyClient user(String name) throws IOException {
        ParleyClient c = connector.connect(server.address());
        c.hello("test");
        c.register(name, "password123");
        return c;
    }

    /** Polls {@code condition} until it holds, for at most 10 s. */
    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }
}
