package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One page of a room's history: {@code messages} in ascending id order; the {@code users} the
 * page refers to (authors, quoted authors, mentioned users and the reacting users listed), each
 * once and never an anonymous author; whether older messages exist before the first one
 * ({@code hasMore}); and whether newer ones exist after the last ({@code hasNewer}: true or
 * absent; only pages asked for with {@code after} or {@code around} can have it).
 */
public record HistoryPage(long room, List<MessageInfo> messages, List<UserInfo> users, boolean hasMore,
                          Boolean hasNewer) {
    public HistoryPage {
        messages = List.copyOf(messages);
        users = List.copyOf(users);
        hasNewer = Boolean.TRUE.equals(hasNewer) ? Boolean.TRUE : null;
    }

    /** A page that reaches the newest message (every newest page). */
    public HistoryPage(long room, List<MessageInfo> messages, List<UserInfo> users, boolean hasMore) {
        this(room, messages, users, hasMore, null);
    }

    /** Whether messages newer than the last one exist. */
    @JsonIgnore
    public boolean newerExist() {
        return Boolean.TRUE.equals(hasNewer);
    }
}
