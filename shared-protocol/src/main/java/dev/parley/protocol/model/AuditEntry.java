package dev.parley.protocol.model;

import java.time.Instant;

/**
 * One audit log entry: who ({@code actor}, null for the server itself) did what to whom
 * ({@code target} user, {@code room}, either may be null) and when; {@code details} is a short
 * machine-written description (durations, reasons, old and new values).
 */
public record AuditEntry(long id, Instant at, AuditAction action, UserInfo actor, UserInfo target, Long room,
                         String details) {
}
