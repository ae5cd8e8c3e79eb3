package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.VoteResult;

/**
 * Sets the caller's vote on a message (spec M-6): 1 up, -1 down, 0 removes it. One vote per user
 * per message; the room gets a {@code score} push with the new sum, never with who voted.
 */
public record Vote(String id, Long message, Integer value) implements Request<VoteResult> {
    public Vote {
        Checks.requestId(id);
        Checks.positiveId(message, "message");
        Checks.required(value, "value");
        Checks.range(value, "value", -1, 1, 0);
    }

    @Override
    public Class<VoteResult> resultType() {
        return VoteResult.class;
    }
}
