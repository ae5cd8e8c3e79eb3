package dev.parley.client.notify;

import java.time.Instant;

/**
 * One line of the in-app notification list: the notification, when it arrived, and whether the
 * user has seen it (opened it, or read its conversation). Immutable: marking it read puts a new
 * entry in its place, so a list view redraws exactly that line. {@code sequence} numbers the
 * entries in arrival order and is unique within one {@link NotificationCenter}.
 */
public record NotificationEntry(long sequence, Notification notification, Instant time, boolean read) {

    NotificationEntry asRead() {
        return read ? this : new NotificationEntry(sequence, notification, time, true);
    }
}
