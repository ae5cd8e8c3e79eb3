package dev.parley.server.messages;

/**
 * What a reply needs of the message it quotes, read fresh with the reply (spec M-12): its author
 * (hidden by {@link MessageView} when anonymous), whether it was deleted, its newest text and
 * the name of its attachment.
 */
record Quoted(long id, long room, long author, boolean anonymous, boolean deleted, String text, String attachmentName) {
}
