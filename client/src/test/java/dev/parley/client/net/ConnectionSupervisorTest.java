package dev.parley.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.SessionInfo;
import dev.parley.protocol.model.UserInfo;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reconnect policy and the heartbeat, on a manual clock and scheduler with a pretend link. */
class ConnectionSupervisorTest {
    private static final SessionInfo SESSION = new SessionInfo("t0k3n", new UserInfo(1, "ana", "Ana", "#123456"));
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final FakeLink link = new FakeLink();
    private final List<String> events = new ArrayList<>();
    private ConnectionSupervisor supervisor;

    @BeforeEach
    void setUp() {
        supervisor = new ConnectionSupervisor(link, new ConnectionSupervisor.Events() {
            @Override
            public void reconnecting(Duration nextAttemptIn) {
                events.add(nextAttemptIn == null ? "attempting" : "waiting " + nextAttemptIn.toSeconds());
            }

            @Override
            public void reconnected(SessionInfo session) {
                events.add("reconnected " + session.user().username());
            }

            @Override
            public void sessionExpired() {
                events.add("expired");
            }

            @Override
            public void addressBlocked() {
                events.add("blocked");
            }
        }, scheduler, clock, () -> 0.0);
        supervisor.start();
    }

    @Test
    void baseDelay_startsAtTwoSecondsAndDoublesUpToThirty() {
        assertThat(List.of(0, 1, 2, 3, 4, 5, 6, 40)).extracting(ConnectionSupervisor::baseDelay)
                .extracting(Duration::toSeconds).containsExactly(2L, 4L, 8L, 16L, 30L, 30L, 30L, 30L);
    }

    @Test
    void lostConnection_isRetriedAfter2Then4_8_16_30_30Seconds() {
        link.failures(6, () -> new IOException("connection refused"));

        supervisor.lost();
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Duration wait = nextAttemptDelay();
            waits.add(wait.toSeconds());
            scheduler.advance(wait.minusMillis(1));
            assertThat(link.attempts).as("no attempt before its time").isEqualTo(i);
            scheduler.advance(Duration.ofMillis(1));
            assertThat(link.attempts).isEqualTo(i + 1);
        }

        assertThat(waits).containsExactly(2L, 4L, 8L, 16L, 30L, 30L);
        assertThat(events).startsWith("waiting 2", "attempting", "waiting 4", "attempting", "waiting 8");
        assertThat(supervisor.state()).isEqualTo(ConnectionSupervisor.State.WAITING);
    }

    @Test
    void successfulAttempt_reportsReconnectedAndTheNextLossStartsAgainAtTwoSeconds() {
        link.failures(2, () -> new IOException("refused"));
        supervisor.lost();
        scheduler.advance(Duration.ofSeconds(2 + 4 + 8));

        assertThat(link.attempts).isEqualTo(3);
        assertThat(events).endsWith("attempting", "reconnected ana");
        assertThat(supervisor.state()).isEqualTo(ConnectionSupervisor.State.CONNECTED);

        supervisor.lost();
        assertThat(nextAttemptDelay()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void jitter_lengthensADelayByAtMostATenth() {
        ConnectionSupervisor jittery = new ConnectionSupervisor(link, new NoEvents(), scheduler, clock, () -> 0.999);
        jittery.start();
        supervisor.stop();

        jittery.lost();

        assertThat(scheduler.waiting()).anySatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(2190), Duration.ofMillis(2200)))
                .noneSatisfy(d -> assertThat(d).isLessThan(Duration.ofMillis(2190)));
    }

    @Test
    void sessionInvalidOnResume_stopsAndReportsTheSessionExpired() {
        link.failures(1, () -> new ParleyException(ErrorCode.SESSION_INVALID));
        supervisor.lost();

        scheduler.advance(Duration.ofSeconds(2));
        scheduler.advance(Duration.ofMinutes(10));

        assertThat(events).containsExactly("waiting 2", "attempting", "expired");
        assertThat(link.attempts).isEqualTo(1);
        assertThat(supervisor.state()).isEqualTo(ConnectionSupervisor.State.STOPPED);
        assertThat(scheduler.waiting()).as("no heartbeat either").isEmpty();
    }

    @Test
    void otherServerErrorOnResume_isRetried() {
        link.failures(1, () -> new ParleyException(ErrorCode.INTERNAL));
        supervisor.lost();

        scheduler.advance(Duration.ofSeconds(2 + 4));

        assertThat(link.attempts).isEqualTo(2);
        assertThat(events).endsWith("reconnected ana");
    }

    @Test
    void blockedAddress_stopsWithoutFurtherAttempts() {
        link.failures(1, AddressBlockedException::new);
        supervisor.lost();

        scheduler.advance(Duration.ofMinutes(5));

        assertThat(events).containsExactly("waiting 2", "attempting", "blocked");
        assertThat(link.attempts).isEqualTo(1);
    }

    @Test
    void retryNow_attemptsAtOnceInsteadOfWaiting() {
        link.failures(1, () -> new IOException("refused"));
        supervisor.lost();
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(nextAttemptDelay()).isEqualTo(Duration.ofSeconds(4));

        supervisor.retryNow();
        scheduler.runDue();

        assertThat(link.attempts).isEqualTo(2);
        assertThat(events).endsWith("reconnected ana");
        scheduler.advance(Duration.ofSeconds(4));
        assertThat(link.attempts).as("the cancelled attempt does not run").isEqualTo(2);
    }

    @Test
    void retryNow_whileConnected_doesNothing() {
        supervisor.retryNow();
        scheduler.runDue();

        assertThat(link.attempts).isZero();
    }

    @Test
    void stop_whileWaiting_cancelsTheAttempt() {
        supervisor.lost();

        supervisor.stop();
        scheduler.advance(Duration.ofMinutes(1));

        assertThat(link.attempts).isZero();
        assertThat(scheduler.waiting()).isEmpty();
    }

    @Test
    void lost_beforeStartOrTwice_schedulesOneAttempt() {
        supervisor.lost();
        supervisor.lost();

        scheduler.advance(Duration.ofSeconds(2));

        assertThat(link.attempts).isEqualTo(1);
        assertThat(events).containsExactly("waiting 2", "attempting", "reconnected ana");
    }

    @Test
    void heartbeat_pingsEveryTenSecondsWhileTheServerAnswers() {
        for (int i = 0; i < 6; i++) {
            scheduler.advance(Duration.ofSeconds(10));
            supervisor.received();
        }

        assertThat(link.pings).isEqualTo(6);
        assertThat(link.condemned).isZero();
        assertThat(supervisor.state()).isEqualTo(ConnectionSupervisor.State.CONNECTED);
    }

    @Test
    void heartbeat_condemnsAConnectionSilentForOver25SecondsAndReconnects() {
        scheduler.advance(Duration.ofSeconds(20));
        assertThat(link.condemned).as("20 s of silence is not yet dead").isZero();

        scheduler.advance(Duration.ofSeconds(10));

        assertThat(link.condemned).isEqualTo(1);
        assertThat(events).containsExactly("waiting 2");
        scheduler.advance(Duration.ofSeconds(2));
        assertThat(events).endsWith("reconnected ana");
        assertThat(link.attempts).isEqualTo(1);
    }

    @Test
    void heartbeat_anyFrameCountsAsASignOfLife() {
        for (int i = 0; i < 10; i++) {
            scheduler.advance(Duration.ofSeconds(7));
            supervisor.received();
        }

        assertThat(link.condemned).isZero();
    }

    @Test
    void wallClockJump_pingsAtOnceAndCondemnsWhenNoAnswerComesWithinFiveSeconds() {
        scheduler.advance(Duration.ofSeconds(10));
        supervisor.received();
        int pings = link.pings;

        clock.advance(Duration.ofHours(2)); // the computer slept: the scheduler's time stood still
        scheduler.advance(Duration.ofSeconds(10));

        assertThat(link.pings).as("a ping at once").isEqualTo(pings + 1);
        assertThat(link.condemned).as("not before the answer had time").isZero();
        scheduler.advance(Duration.ofSeconds(5));
        assertThat(link.condemned).isEqualTo(1);
        assertThat(events).containsExactly("waiting 2");
    }

    @Test
    void wallClockJump_keepsTheConnectionWhenThePingIsAnswered() {
        clock.advance(Duration.ofMinutes(3));
        scheduler.advance(Duration.ofSeconds(10));
        supervisor.received();

        scheduler.advance(Duration.ofSeconds(5));

        assertThat(link.condemned).isZero();
        assertThat(supervisor.state()).isEqualTo(ConnectionSupervisor.State.CONNECTED);
    }

    @Test
    void wallClockJump_whileWaiting_attemptsAtOnce() {
        link.failures(4, () -> new IOException("refused"));
        supervisor.lost();
        scheduler.advance(Duration.ofSeconds(2 + 4 + 8 + 2)); // three attempts failed, waiting 16 s
        int attempts = link.attempts;

        clock.advance(Duration.ofHours(1));
        scheduler.advance(Duration.ofSeconds(4)); // the heartbeat due 10 s after the last one, 20 s in

        assertThat(link.attempts).as("attempted when the wake-up was noticed").isEqualTo(attempts + 1);
    }

    /** The delay of the soonest attempt scheduled: the first waiting task other than the heartbeat. */
    private Duration nextAttemptDelay() {
        String last = events.get(events.size() - 1);
        assertThat(last).startsWith("waiting");
        Duration wait = Duration.ofSeconds(Long.parseLong(last.substring("waiting ".length())));
        assertThat(scheduler.waiting()).contains(wait);
        return wait;
    }

    /** Reopens after the failures it was told to give; counts pings and condemned connections. */
    private static final class FakeLink implements ConnectionSupervisor.Link {
        final Deque<java.util.function.Supplier<Exception>> failures = new ArrayDeque<>();
        int attempts;
        int pings;
        int condemned;

        void failures(int n, java.util.function.Supplier<Exception> failure) {
            for (int i = 0; i < n; i++) {
                failures.add(failure);
            }
        }

        @Override
        public SessionInfo reopen() throws IOException {
            attempts++;
            var f = failures.poll();
            if (f != null) {
                Exception e = f.get();
                if (e instanceof IOException io) {
                    throw io;
                }
                throw (RuntimeException) e;
            }
            return SESSION;
        }

        @Override
        public boolean ping() {
            pings++;
            return true;
        }

        @Override
        public void condemn() {
            condemned++;
        }
    }

    private static final class NoEvents implements ConnectionSupervisor.Events {
        @Override
        public void reconnecting(Duration nextAttemptIn) {
        }

        @Override
        public void reconnected(SessionInfo session) {
        }

        @Override
        public void sessionExpired() {
        }

        @Override
        public void addressBlocked() {
        }
    }
}
