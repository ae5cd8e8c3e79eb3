package dev.parley.protocol.model;

import java.util.List;

/** The caller's attention state in every conversation they can see, in the order of {@code rooms}. */
public record ConversationList(List<ConversationState> conversations) {
    public ConversationList {
        conversations = List.copyOf(conversations);
    }
}
