package dev.parley.server.messages;

import dev.parley.protocol.model.Attachment;
import java.time.Instant;

/**
 * A message as stored, before it is shown to anyone: always with its author and its content,
 * also when it is anonymous or deleted. {@link MessageView} decides what each reader gets of it.
 *
 * @param text       the newest version's text (kept for admins after a deletion)
 * @param edited     time of the newest version, or null when never edited
 * @param replyTo    id of the quoted message, or null
 * @param attachment the picture or file, or null
 */
record StoredMessage(long id, long room, long author, String text, Instant created, Instant edited, boolean deleted,
                     boolean anonymous, int score, Long replyTo, Attachment attachment) {

    /** Time of the newest version. */
    Instant shownTime() {
        return edited != null ? edited : created;
    }

    StoredMessage withText(String newText, Instant at) {
        return new StoredMessage(id, room, author, newText, created, at, deleted, anonymous, score, replyTo, attachment);
    }

    StoredMessage asDeleted() {
        return new StoredMessage(id, room, author, text, created, edited, true, anonymous, score, replyTo, attachment);
    }

    StoredMessage withScore(int newScore) {
        return new StoredMessage(id, room, author, text, created, edited, deleted, anonymous, newScore, replyTo, attachment);
    }
}
