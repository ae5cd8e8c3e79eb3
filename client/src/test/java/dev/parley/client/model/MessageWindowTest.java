package dev.parley.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MessageWindowTest {

    private static MessageItem item(long id) {
        return MessageItem.of(new dev.parley.protocol.model.MessageInfo(id, 1, 1L, "m" + id, Instant.EPOCH, null), null, 1);
    }

    private static List<MessageItem> items(long from, long to) {
        return LongStream.rangeClosed(from, to).mapToObj(MessageWindowTest::item).toList();
    }

    @Test
    void append_ignoresDuplicatesAndIdsBelowTheWindowWhenOlderHistoryExists() {
        MessageWindow w = new MessageWindow(10);
        w.reset(items(5, 6), true);

        assertThat(w.append(item(6))).isFalse();
        assertThat(w.append(item(3))).isFalse();
        assertThat(w.append(item(7))).isTrue();

        assertThat(w.items()).extracting(MessageItem::id).containsExactly(5L, 6L, 7L);
    }

    @Test
    void append_insertsOlderIdAtTheStartWhenNoOlderHistoryExists() {
        MessageWindow w = new MessageWindow(10);
        w.reset(items(5, 6), false);

        assertThat(w.append(item(3))).isTrue();

        assertThat(w.items()).extracting(MessageItem::id).containsExactly(3L, 5L, 6L);
    }

    @Test
    void append_outOfOrderPushesEndInIdOrder() {
        MessageWindow w = new MessageWindow(10);
        w.reset(items(1, 2), false);

        for (long id : new long[] {5, 3, 7, 4, 6}) {
            assertThat(w.append(item(id))).as("push " + id).isTrue();
        }

        assertThat(w.items()).extracting(MessageItem::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    }

    @Test
    void append_ownMessageArrivingAfterALaterPushIsKept() {
        MessageWindow w = new MessageWindow(10);
        w.reset(items(1, 10), true);

        w.append(item(12));
        boolean own = w.append(item(11));

        assertThat(own).isTrue();
        assertThat(w.items()).extracting(MessageItem::id).endsWith(10L, 11L, 12L);
    }

    @Test
    void append_withNewestTrimmedKeepsGapsClosedButFillsInsideTheWindow() {
        MessageWindow w = new MessageWindow(4);
        w.reset(List.of(item(5), item(7), item(9)), true);
        w.prepend(items(2, 4), true);

        assertThat(w.items()).extracting(MessageItem::id).containsExactly(2L, 3L, 4L, 5L);
        assertThat(w.append(item(10))).isFalse();
        assertThat(w.items()).extracting(MessageItem::id).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void append_pastCapacityDropsOldestAndMakesItLoadableAgain() {
        MessageWindow w = new MessageWindow(3);
        w.reset(items(1, 3), false);

        w.append(item(4));

        assertThat(w.items()).extracting(MessageItem::id).containsExactly(2L, 3L, 4L);
        assertThat(w.hasOlder()).isTrue();
    }

    @Test
    void prepend_addsOnlyOlderUnseenMessagesAndReportsCount() {
        MessageWindow w = new MessageWindow(10);
        w.reset(items(4, 6), true);

        int added = w.prepend(items(1, 4), false);

        assertThat(added).isEqualTo(3);
        assertThat(w.items()).extracting(MessageItem::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(w.hasOlder()).isFalse();
        assertThat(w.oldestId()).isEqualTo(1);
    }

    @Test
    void prepend_pastCapacityTrimsNewestAndStopsLiveAppends() {
        MessageWindow w = new MessageWindow(4);
        w.reset(items(5, 7), true);

        w.prepend(items(2, 4), true);

        assertThat(w.items()).extracting(MessageItem::id).containsExactly(2L, 3L, 4L, 5L);
        assertThat(w.newestTrimmed()).isTrue();
        assertThat(w.append(item(8))).isFalse();
    }

    @Test
    void reset_keepsNewestWhenPageExceedsCapacity() {
        MessageWindow w = new MessageWindow(2);

        w.reset(items(1, 3), false);

        assertThat(w.items()).extracting(MessageItem::id).containsExactly(2L, 3L);
        assertThat(w.hasOlder()).isTrue();
    }
}
