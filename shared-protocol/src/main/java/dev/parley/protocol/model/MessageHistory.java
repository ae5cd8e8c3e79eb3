package dev.parley.protocol.model;

import java.util.List;

/** Every version of a message, oldest (the original) first (spec M-4). */
public record MessageHistory(long message, long room, List<MessageVersion> versions) {
    public MessageHistory {
        versions = List.copyOf(versions);
    }
}
