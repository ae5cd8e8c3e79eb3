package dev.parley.protocol.model;

/**
 * What a reply shows of the message it answers (spec M-12), read when the reply is read, so an
 * edit or deletion of the original shows in the quote: its id (to jump to it), its author (null
 * when that message is anonymous and the reader did not write it), the start of its newest text
 * (at most {@link dev.parley.protocol.Limits#QUOTE_LENGTH} code points; null when deleted),
 * {@code deleted} (true or absent) and the name of its attachment, if any.
 */
public record ReplyQuote(long id, Long author, String excerpt, Boolean deleted, String attachmentName) {
    public ReplyQuote {
        deleted = Boolean.TRUE.equals(deleted) ? Boolean.TRUE : null;
    }
}
