package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.Done;

/** Ends the session: its token stops working, and the connection is logged out. */
public record Logout(String id) implements Request<Done> {
    public Logout {
        Checks.requestId(id);
    }

    @Override
    public Class<Done> resultType() {
        return Done.class;
    }
}
