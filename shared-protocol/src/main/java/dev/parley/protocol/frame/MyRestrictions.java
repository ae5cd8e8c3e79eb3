package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.RestrictionList;

/**
 * The caller's own active restrictions (bans, mutes), so the client can say where it may not
 * read or post and until when. Changes arrive later as {@code restriction} pushes.
 */
public record MyRestrictions(String id) implements Request<RestrictionList> {
    public MyRestrictions {
        Checks.requestId(id);
    }

    @Override
    public Class<RestrictionList> resultType() {
        return RestrictionList.class;
    }
}
