package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.ReactionList;

/**
 * Adds ({@code on} true) or removes the caller's reaction with {@code emoji}, which must be one of
 * {@link Limits#REACTIONS} (spec M-12). The room gets a {@code reactions} push.
 */
public record React(String id, Long message, String emoji, Boolean on) implements Request<ReactionList> {
    public React {
        Checks.requestId(id);
        Checks.positiveId(message, "message");
        Checks.required(emoji, "emoji");
        Checks.required(on, "on");
        if (!Limits.REACTIONS.contains(emoji)) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "emoji");
        }
    }

    @Override
    public Class<ReactionList> resultType() {
        return ReactionList.class;
    }
}
