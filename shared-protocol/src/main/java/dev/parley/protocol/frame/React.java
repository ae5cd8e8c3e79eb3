package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Reaction;

/**
 * Adds ({@code on} true) or removes the caller's reaction with {@code emoji}, which must be one of
 * {@link Limits#REACTIONS} (spec M-12); adding twice or removing what is not there changes
 * nothing. The result is that emoji's reaction as the caller now sees it; the room's other
 * connections get a {@code reactions} push.
 */
public record React(String id, Long message, String emoji, Boolean on) implements Request<Reaction> {
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
    public Class<Reaction> resultType() {
        return Reaction.class;
    }
}
