package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.ManualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotificationCenterTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:30:00Z"));
    private final NotificationCenter center = new NotificationCenter(clock, 3);
    private final List<Notification> opened = new ArrayList<>();

    private static Notification in(long conversation, long message) {
        return new Notification(conversation, message, "Ania in #" + conversation, "text " + message);
    }

    @Test
    void add_putsTheNewestFirst_unread_withTheTimeOfArrival() {
        center.add(in(1, 10));
        clock.advanceSeconds(60);
        center.add(in(2, 20));

        assertThat(center.entries()).extracting(e -> e.notification().messageId()).containsExactly(20L, 10L);
        assertThat(center.entries().get(0).time()).isEqualTo(Instant.parse("2026-03-02T09:31:00Z"));
        assertThat(center.entries()).noneMatch(NotificationEntry::read);
        assertThat(center.unreadCountProperty().get()).isEqualTo(2);
    }

    @Test
    void add_beyondCapacity_dropsTheOldest() {
        for (long m = 1; m <= 5; m++) {
            center.add(in(1, m));
        }

        assertThat(center.entries()).extracting(e -> e.notification().messageId()).containsExactly(5L, 4L, 3L);
        assertThat(center.unreadCountProperty().get()).isEqualTo(3);
    }

    @Test
    void add_sameMessageAgain_replacesItsEntryAtTheTop_unreadAgain() {
        center.add(in(1, 10));
        center.add(in(2, 20));
        center.markAllRead();

        center.add(new Notification(1, 10, "Ania in #1", "edited text"));

        assertThat(center.entries()).hasSize(2);
        assertThat(center.entries().get(0).notification().body()).isEqualTo("edited text");
        assertThat(center.unreadCountProperty().get()).isEqualTo(1);
    }

    @Test
    void activate_marksTheEntryRead_andHandsItsNotificationToTheHandler() {
        center.setOnActivate(opened::add);
        center.add(in(1, 10));
        NotificationEntry second = center.add(in(2, 20));

        center.activate(second);

        assertThat(opened).extracting(Notification::messageId).containsExactly(20L);
        assertThat(center.entries().get(0).read()).isTrue();
        assertThat(center.entries().get(1).read()).isFalse();
        assertThat(center.unreadCountProperty().get()).isEqualTo(1);
    }

    @Test
    void activated_nativeClick_marksItsEntryRead_withoutOpeningAgain() {
        center.setOnActivate(opened::add);
        center.add(in(1, 10));

        center.activated(in(1, 10));

        assertThat(center.entries().get(0).read()).isTrue();
        assertThat(opened).isEmpty();
    }

    @Test
    void markConversationRead_marksOnlyThatConversation() {
        center.add(in(1, 10));
        center.add(in(2, 20));
        center.add(in(1, 11));

        center.markConversationRead(1);

        assertThat(center.entries()).filteredOn(e -> !e.read()).extracting(e -> e.notification().conversationId())
                .containsExactly(2L);
        assertThat(center.unreadCountProperty().get()).isEqualTo(1);
    }

    @Test
    void clear_emptiesTheListAndTheCount() {
        center.add(in(1, 10));

        center.clear();

        assertThat(center.entries()).isEmpty();
        assertThat(center.unreadCountProperty().get()).isZero();
    }

    @Test
    void entries_isReadOnly() {
        center.add(in(1, 10));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> center.entries().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
