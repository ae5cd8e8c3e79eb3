package dev.parley.client.notify;

import java.util.Objects;

/**
 * One message worth telling the user about (spec A-3): where it is (the conversation, that is
 * a room or a private chat, and the message) and what a bubble shows. The caller formats the
 * summary ("Ania in #general", from the bundles); the body is the message text. Both are
 * normalized here once, so every notifier and the in-app list show the same thing: plain text,
 * no control characters, the summary on one line, the body at most {@link #BODY_LIMIT} code
 * points (see {@link NotificationText}). Markup escaping is not done here: only a notifier
 * whose server interprets markup needs it.
 */
public record Notification(long conversationId, long messageId, String summary, String body) {
    /** The longest body a bubble gets, in code points (a notification is a preview, not the message). */
    public static final int BODY_LIMIT = 200;
    /** The longest summary, in code points; a room name is short, but a display name may not be. */
    public static final int SUMMARY_LIMIT = 100;

    public Notification {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        summary = NotificationText.shorten(NotificationText.oneLine(summary), SUMMARY_LIMIT);
        body = NotificationText.shorten(NotificationText.plain(body), BODY_LIMIT);
    }

    /** True when both point at the same message (what a click opens). */
    public boolean sameMessage(Notification other) {
        return other != null && conversationId == other.conversationId && messageId == other.messageId;
    }
}
