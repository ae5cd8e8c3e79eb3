package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.Done;

/** Removes {@code user} from the caller's block list. */
public record UnblockUser(String id, Long user) implements Request<Done> {
    public UnblockUser {
        Checks.requestId(id);
        Checks.positiveId(user, "user");
    }

    @Override
    public Class<Done> resultType() {
        return Done.class;
    }
}
