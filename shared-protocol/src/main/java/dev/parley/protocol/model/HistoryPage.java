package dev.parley.protocol.model;

import java.util.List;

/**
 * One page of a room's history: {@code messages} in ascending id order, the {@code users} who
 * wrote them (each once), and whether older messages exist before the first one.
 */
public record HistoryPage(long room, List<MessageInfo> messages, List<UserInfo> users, boolean hasMore) {
    public HistoryPage {
        messages = List.copyOf(messages);
        users = List.copyOf(users);
    }
}
