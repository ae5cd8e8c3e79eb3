package dev.parley.server.moderation;

import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;

/**
 * What the moderation rules tell the connected world after a change is committed: the handler
 * turns these into pushes, unsubscriptions and closed connections. Kept apart so the rules can
 * be tested and reasoned about without the transport.
 */
public interface ModerationEvents {
    /** A restriction was imposed, lifted or cancelled ({@code active} false). */
    void restrictionChanged(Restriction restriction);

    /** A room was created or changed. */
    void roomChanged(RoomInfo room);

    /** A user's site role changed. */
    void roleChanged(long user, Role role);

    /** An address was blocked: its connections must end. */
    void addressBlocked(String address);
}
