package dev.parley.protocol.model;

import java.time.Instant;
import java.util.List;

/**
 * A stored message as one reader sees it. {@code id} is assigned by the server in the order
 * messages were first stored, so ordering by id is ordering by first version (spec M-3).
 *
 * @param author     the author's user id; null when the message was posted anonymously and the
 *                   reader is not its author (spec M-7: no frame to anyone else carries it)
 * @param text       the newest version's text (may be empty when there is an attachment); null
 *                   when deleted
 * @param created    time of the first version (the order)
 * @param edited     time of the newest version, or null when there is only one (spec M-3, M-4)
 * @param deleted    the message was deleted: a tombstone without text, attachment or quote (M-5)
 * @param anonymous  posted anonymously (the author's own copy keeps {@code author})
 * @param score      sum of all up (+1) and down (-1) votes (spec M-6)
 * @param myVote     the reader's own vote, -1, 0 or 1; null in broadcasts, which are the same for
 *                   every reader (the reader's vote then stays what it was)
 * @param replyTo    a quote of the message this one replies to, or null (spec M-12)
 * @param reactions  emoji reactions, each with the ids of the users who reacted (not anonymous)
 * @param attachment a picture or file, or null (spec M-10, M-11)
 * @param mentions   ids of the users mentioned as {@code @username} in the text
 */
public record MessageInfo(long id, long room, Long author, String text, Instant created, Instant edited,
                          boolean deleted, boolean anonymous, int score, Integer myVote, ReplyQuote replyTo,
                          List<Reaction> reactions, Attachment attachment, List<Long> mentions) {
    public MessageInfo {
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A plain, visible, unvoted text message (tests and simple clients). */
    public MessageInfo(long id, long room, long author, String text, Instant created, Instant edited) {
        this(id, room, author, text, created, edited, false, false, 0, null, null, List.of(), null, List.of());
    }

    /** Time of the newest version: what the message shows (spec M-3). */
    public Instant shownTime() {
        return edited != null ? edited : created;
    }

    /** This message as seen by someone other than its author: without the author when anonymous. */
    public MessageInfo forOthers() {
        return anonymous && author != null ? withAuthor(null) : this;
    }

    public MessageInfo withAuthor(Long newAuthor) {
        return new MessageInfo(id, room, newAuthor, text, created, edited, deleted, anonymous, score, myVote, replyTo,
                reactions, attachment, mentions);
    }

    public MessageInfo withMyVote(Integer vote) {
        return new MessageInfo(id, room, author, text, created, edited, deleted, anonymous, score, vote, replyTo,
                reactions, attachment, mentions);
    }

    public MessageInfo withScore(int newScore) {
        return new MessageInfo(id, room, author, text, created, edited, deleted, anonymous, newScore, myVote, replyTo,
                reactions, attachment, mentions);
    }

    public MessageInfo withReactions(List<Reaction> newReactions) {
        return new MessageInfo(id, room, author, text, created, edited, deleted, anonymous, score, myVote, replyTo,
                newReactions, attachment, mentions);
    }
}
