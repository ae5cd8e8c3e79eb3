package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.Restriction;

/**
 * Lifts a restriction early (spec MOD-4); it stays in the history, marked lifted. Room
 * moderators lift time-limited ones of their room; an indefinite one only the room's owner or
 * an admin; a site-wide one only an admin.
 */
public record Unban(String id, Long restriction) implements Request<Restriction> {
    public Unban {
        Checks.requestId(id);
        Checks.positiveId(restriction, "restriction");
    }

    @Override
    public Class<Restriction> resultType() {
        return Restriction.class;
    }
}
