package dev.parley.protocol.frame;

/** A frame the server sends on its own (a new message, later presence, edits…); no request id. */
public sealed interface Push extends Frame permits MessagePosted, RoomChanged, RestrictionChanged, RoleChanged,
        MessageChanged, ScoreChanged, ReactionsChanged, UserChanged, ConversationChanged, PresenceChanged {
}
