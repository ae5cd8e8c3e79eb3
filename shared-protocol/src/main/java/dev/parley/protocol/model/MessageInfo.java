package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A stored message as one reader sees it. {@code id} is assigned by the server in the order
 * messages were first stored, so ordering by id is ordering by first version (spec M-3).
 *
 * <p>Flags are {@code true} or absent: the constructor turns {@code false} into {@code null}, so
 * a plain message stays small on the wire and reads back equal.
 *
 * @param author     the author's user id; null when the message was posted anonymously and the
 *                   reader is not its author (spec M-7: no frame to anyone else carries it)
 * @param text       the newest version's text (empty when the message is only an attachment);
 *                   null when deleted
 * @param created    time of the first version (the order)
 * @param edited     time of the newest version, or null when there is only one (spec M-3, M-4)
 * @param deleted    true for a tombstone: no text, attachment, quote, mentions or reactions (M-5)
 * @param anonymous  true when posted anonymously (the author's own copy keeps {@code author})
 * @param score      sum of all up (+1) and down (-1) votes (spec M-6)
 * @param myVote     the reader's own vote (-1 or 1); null when the reader has not voted, and in
 *                   pushes, which are the same for every reader
 * @param replyTo    a quote of the message this one replies to, or null (spec M-12)
 * @param reactions  emoji reactions, in the order of {@link dev.parley.protocol.Limits#REACTIONS}
 * @param attachment a picture or file, or null (spec M-10, M-11)
 * @param mentions   ids of the users mentioned as {@code @username} in the text
 */
public record MessageInfo(long id, long room, Long author, String text, Instant created, Instant edited,
                          Boolean deleted, Boolean anonymous, int score, Integer myVote, ReplyQuote replyTo,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Reaction> reactions,
                          Attachment attachment,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Long> mentions) {
    public MessageInfo {
        deleted = Boolean.TRUE.equals(deleted) ? Boolean.TRUE : null;
        anonymous = Boolean.TRUE.equals(anonymous) ? Boolean.TRUE : null;
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    /** A plain, visible text message with the author's automatic upvote (tests and simple clients). */
    public MessageInfo(long id, long room, long author, String text, Instant created, Instant edited) {
        this(id, room, author, text, created, edited, null, null, 1, null, null, List.of(), null, List.of());
    }

    /** Whether this is a tombstone (named apart from {@code deleted} so Jackson keeps that field). */
    @JsonIgnore
    public boolean isTombstone() {
        return Boolean.TRUE.equals(deleted);
    }

    /** Whether this was posted anonymously. */
    @JsonIgnore
    public boolean isAnonymousPost() {
        return Boolean.TRUE.equals(anonymous);
    }

    /** Time of the newest version: what the message shows (spec M-3). */
    @JsonIgnore
    public Instant shownTime() {
        return edited != null ? edited : created;
    }

    /**
     * This message as everyone but its author receives it: without the author when anonymous,
     * and without the reader-specific {@code myVote} and reactions' {@code mine}.
     */
    public MessageInfo forOthers() {
        return new MessageInfo(id, room, isAnonymousPost() ? null : author, text, created, edited, deleted, anonymous,
                score, null, replyTo, reactions.stream().map(Reaction::shared).toList(), attachment, mentions);
    }

    public MessageInfo withMyVote(Integer vote) {
        return new MessageInfo(id, room, author, text, created, edited, deleted, anonymous, score, vote, replyTo,
                reactions, attachment, mentions);
    }
}
