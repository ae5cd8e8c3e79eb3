package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BubbleBookTest {
    private final BubbleBook book = new BubbleBook(2);

    private static Notification in(long conversation, long message) {
        return new Notification(conversation, message, "s", "b");
    }

    @Test
    void replacesIdFor_isTheBubbleOfThatConversation_orZero() {
        book.shown(11, in(1, 100));

        assertThat(book.replacesIdFor(1)).isEqualTo(11);
        assertThat(book.replacesIdFor(2)).isZero();
    }

    @Test
    void shown_replacement_pointsTheIdAtTheNewestMessage() {
        book.shown(11, in(1, 100));
        book.shown(11, in(1, 101));

        assertThat(book.forId(11).messageId()).isEqualTo(101);
        assertThat(book.size()).isEqualTo(1);
    }

    @Test
    void shown_overCapacity_returnsTheOldestConversationsBubbleToClose() {
        book.shown(11, in(1, 100));
        book.shown(12, in(2, 200));
        book.shown(11, in(1, 101));

        assertThat(book.shown(13, in(3, 300))).as("conversation 2 is now the oldest").containsExactly(12L);
        assertThat(book.forId(12)).isNull();
        assertThat(book.replacesIdFor(2)).isZero();
    }

    @Test
    void closed_forgetsTheBubble_butAnIdAlreadyReplacedByANewOneIsIgnored() {
        book.shown(11, in(1, 100));
        // The server answered the replacement with a new id (the old bubble had expired).
        book.shown(15, in(1, 101));

        book.closed(11);

        assertThat(book.replacesIdFor(1)).isEqualTo(15);
        book.closed(15);
        assertThat(book.replacesIdFor(1)).isZero();
        assertThat(book.forId(15)).isNull();
    }

    @Test
    void remove_returnsTheIdAndForgetsIt() {
        book.shown(11, in(1, 100));

        assertThat(book.remove(1)).isEqualTo(11);
        assertThat(book.remove(1)).isZero();
        assertThat(book.forId(11)).isNull();
    }
}
