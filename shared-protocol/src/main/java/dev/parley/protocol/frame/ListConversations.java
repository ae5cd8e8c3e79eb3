package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.ConversationList;

/**
 * The caller's read state, unread and mention counts and notification setting in every
 * conversation they can see (specs ), counted by the server without reading whole
 * histories. A client asks once after logging in and keeps the counts current from pushes.
 */
public record ListConversations(String id) implements Request<ConversationList> {
    public ListConversations {
        Checks.requestId(id);
    }

    @Override
    public Class<ConversationList> resultType() {
        return ConversationList.class;
    }
}
