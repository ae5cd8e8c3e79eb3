package dev.parley.protocol.frame;

import dev.parley.protocol.model.Restriction;

/**
 * Pushed to every connection of a user who was just banned, muted or barred from opening rooms,
 * or whose restriction was lifted or cancelled ({@code active} false). A banned user's
 * connections have already been unsubscribed from the room(s) when this arrives.
 */
public record RestrictionChanged(Restriction restriction) implements Push {
    public RestrictionChanged {
        dev.parley.protocol.Checks.required(restriction, "restriction");
    }
}
