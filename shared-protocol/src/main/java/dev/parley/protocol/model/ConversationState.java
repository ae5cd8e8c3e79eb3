package dev.parley.protocol.model;

/**
 * One user's attention state in one conversation (a room or a private chat; specs,
 * the last message they read, how many messages by others came after it (at most
 * {@link dev.parley.protocol.Limits#MAX_UNREAD_COUNT}: "that many or more"), how many of those
 * mention them, and whether the conversation notifies them ({@code notifications}).
 *
 * @param lastRead the id of the last message read: every id up to it counts as read, and it is at
 *                 least the newest message stored when the account was created (maybe in another
 *                 room), since older messages never count as unread; null when there is none
 */
public record ConversationState(long room, Long lastRead, int unread, int mentions, boolean notifications) {
}
