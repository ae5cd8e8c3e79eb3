package dev.parley.protocol.model;

/**
 * What a reply shows of the message it answers (spec M-12): its id (to jump to it), its author
 * (null when that message is anonymous and the reader did not write it), the start of its text
 * (at most {@link dev.parley.protocol.Limits#QUOTE_LENGTH} code points; null when deleted) and the
 * name of its attachment, if any.
 */
public record ReplyQuote(long id, Long author, String excerpt, boolean deleted, String attachmentName) {
}
