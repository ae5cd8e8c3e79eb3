package dev.parley.client.model;

import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;

/**
 * One row of the message list: the message joined with what is shown of its author. The
 * colour is already sanitized ({@link UserColors}); the text is plain text, never markup.
 * {@code time} is the newest version's time (spec M-3).
 */
public record MessageItem(long id, long authorId, String authorName, String authorColor, String text, Instant time) {

    /** Builds a row; {@code author} may be null when the server did not send the user. */
    public static MessageItem of(MessageInfo message, UserInfo author) {
        String name = author == null ? "#" + message.author()
                : author.displayName() != null && !author.displayName().isBlank() ? author.displayName() : author.username();
        String color = UserColors.sanitize(author == null ? null : author.color());
        Instant time = message.edited() != null ? message.edited() : message.created();
        return new MessageItem(message.id(), message.author(), name, color, message.text(), time);
    }
}
