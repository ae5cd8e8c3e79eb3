package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.Done;

/** Adds {@code user} to the caller's block list (spec MOD-7). */
public record BlockUser(String id, Long user) implements Request<Done> {
    public BlockUser {
        Checks.requestId(id);
        Checks.positiveId(user, "user");
    }

    @Override
    public Class<Done> resultType() {
        return Done.class;
    }
}
