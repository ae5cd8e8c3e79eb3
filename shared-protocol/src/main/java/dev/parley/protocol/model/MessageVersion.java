package dev.parley.protocol.model;

import java.time.Instant;

/** One stored version of a message: its text and when it was written (spec M-4). */
public record MessageVersion(String text, Instant at) {
}
