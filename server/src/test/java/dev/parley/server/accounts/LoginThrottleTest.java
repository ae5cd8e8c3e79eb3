package dev.parley.server.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The throttle's schedule: free failures, then doubling waits, capped, reset by success. */
class LoginThrottleTest {
    final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void firstThreeFailures_costNothing() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("k");
        }
        assertThat(throttle.secondsToWait("k")).isZero();
    }

    @Test
    void furtherFailures_doubleTheWait_upToTheCap() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("k");
        }
        long[] expected = {1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300};
        for (long seconds : expected) {
            throttle.failed("k");
            assertThat(throttle.secondsToWait("k")).isEqualTo(seconds);
        }
    }

    @Test
    void success_clearsTheKey_andOtherKeysAreIndependent() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a", "addr");
        }
        assertThat(throttle.secondsToWait("b")).isZero();
        assertThat(throttle.secondsToWait("b", "addr")).isPositive();
        throttle.succeeded("a");
        assertThat(throttle.secondsToWait("a")).isZero();
    }

    @Test
    void begin_countsTheAttemptBeforeItsOutcome_soParallelAttemptsCannotAllSlipThrough() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.begin("user", "addr")).isZero();
        }
        assertThat(throttle.begin("user", "addr")).isEqualTo(1);
    }

    @Test
    void succeeded_clearsTheUserKey_andTakesBackOnlyThisAttemptOnTheAddress() {
        for (int i = 0; i < 3; i++) {
            throttle.begin("alice", "addr");
        }
        throttle.begin("bob", "addr");
        throttle.succeeded("bob", "addr");
        assertThat(throttle.secondsToWait("bob")).isZero();
        // the address keeps alice's three failures: the next failure there locks it
        throttle.begin("carol", "addr");
        assertThat(throttle.secondsToWait("addr")).isEqualTo(1);
    }

    @Test
    void failuresAreForgotten_afterIdlePeriod() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("k");
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plus(Duration.ofSeconds(1)));
        throttle.failed("k");
        assertThat(throttle.secondsToWait("k")).isZero();
    }
}
