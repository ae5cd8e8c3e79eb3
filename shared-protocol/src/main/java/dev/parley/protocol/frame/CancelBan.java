package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.Done;

/**
 * Deletes a restriction as if it never was (spec MOD-6): admins only. It disappears from every
 * list; the audit log keeps what was cancelled.
 */
public record CancelBan(String id, Long restriction) implements Request<Done> {
    public CancelBan {
        Checks.requestId(id);
        Checks.positiveId(restriction, "restriction");
    }

    @Override
    public Class<Done> resultType() {
        return Done.class;
    }
}
