package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.ConversationState;

/**
 * Pushed to a user's other connections when they read a conversation or switch its
 * notifications ({@code read}, {@code notify}), so every client of theirs agrees (spec A-1).
 */
public record ConversationChanged(ConversationState conversation) implements Push {
    public ConversationChanged {
        Checks.required(conversation, "conversation");
    }
}
