package dev.parley.client.model;

/** What the user may do to another user from a message's context menu (docs/moderation.md). */
public enum UserAction {
    BAN,
    MUTE,
    MAKE_MODERATOR,
    REMOVE_MODERATOR,
    MAKE_ADMIN,
    REMOVE_ADMIN,
    BLOCK,
    UNBLOCK
}
