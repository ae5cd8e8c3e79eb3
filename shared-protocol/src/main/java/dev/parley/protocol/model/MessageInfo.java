package dev.parley.protocol.model;

import java.time.Instant;

/**
 * A stored message. {@code id} is assigned by the server in the order messages were first
 * stored, so ordering by id is ordering by first version (spec M-3). {@code edited} is the time
 * of the newest version, or null when there is only one. {@code author} is a user id.
 */
public record MessageInfo(long id, long room, long author, String text, Instant created, Instant edited) {
}
