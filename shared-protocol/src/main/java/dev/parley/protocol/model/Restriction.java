package dev.parley.protocol.model;

import java.time.Instant;

/**
 * A ban, mute or room-opening ban. {@code room} is null for a site-wide one. {@code until} is
 * null for an indefinite one. {@code actor} is who imposed it: null when the server did
 * (automatic flood mute) or when the restricted user themselves is the reader (moderators are
 * not named to the people they restrict). {@code lifted} is set once it was lifted early
 * (unban), with {@code liftedBy}. {@code active} is whether it holds now, by the server's clock.
 */
public record Restriction(long id, RestrictionKind kind, Long room, String roomName, UserInfo user, UserInfo actor,
                          String reason, Instant created, Instant until, Instant lifted, UserInfo liftedBy,
                          boolean active) {
}
