package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void dueNanos_spacesMessagesEvenlyAtTheRate_fromTheStart() {
        Schedule s = new Schedule(1_000, 300, 20);
        assertThat(s.dueNanos(0)).isEqualTo(1_000);
        assertThat(s.dueNanos(300)).isEqualTo(1_000 + 1_000_000_000L);
        assertThat(s.dueNanos(1)).isEqualTo(1_000 + 3_333_333);
    }

    @Test
    void dueNanos_doesNotDriftOverAMillionMessages() {
        Schedule s = new Schedule(0, 3, 1);
        assertThat(s.dueNanos(3_000_000)).isEqualTo(1_000_000L * 1_000_000_000L);
    }

    @Test
    void senderOf_spreadsMessagesRoundRobinOverSenders() {
        Schedule s = new Schedule(0, 2000, 100);
        int[] perSender = new int[100];
        for (long k = 0; k < 2000; k++) {
            perSender[s.senderOf(k)]++;
        }
        assertThat(perSender).containsOnly(20);
    }

    @Test
    void firstDueAtOrAfter_countsMessagesDueBeforeAnInstant() {
        Schedule s = new Schedule(100, 10, 1); // every 100 ms
        assertThat(s.firstDueAtOrAfter(0)).isZero();
        assertThat(s.firstDueAtOrAfter(100)).isZero();
        assertThat(s.firstDueAtOrAfter(101)).isEqualTo(1);
        assertThat(s.firstDueAtOrAfter(100 + 1_000_000_000L)).isEqualTo(10);
    }

    @Test
    void constructor_refusesNonPositiveRateAndSenders() {
        assertThatThrownBy(() -> new Schedule(0, 0, 1)).hasMessageContaining("rate");
        assertThatThrownBy(() -> new Schedule(0, Double.NaN, 1)).hasMessageContaining("rate");
        assertThatThrownBy(() -> new Schedule(0, 10, 0)).hasMessageContaining("senders");
    }
}
