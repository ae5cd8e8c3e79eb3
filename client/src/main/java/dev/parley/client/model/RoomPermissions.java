package dev.parley.client.model;

import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;

/**
 * What the logged-in user may do in one room, from the role × action matrix in
 * docs/moderation.md. The server enforces every rule; this only decides what the client offers.
 * Fixed rooms follow the config file, so nobody edits them through the client.
 */
public record RoomPermissions(Standing standing, boolean editRoom, boolean manageModerators, boolean viewModerators,
                              boolean ban, boolean banIndefinitely, boolean seeBans, boolean banEverywhere) {

    /** The permissions of {@code me} (site role {@code role}) in {@code room}; none when room is null. */
    public static RoomPermissions of(long me, Role role, RoomInfo room) {
        Standing s = Standing.of(me, role, room);
        if (room == null) {
            return new RoomPermissions(s, false, false, false, false, false, false, false);
        }
        boolean ownerOrAdmin = s.atLeast(Standing.OWNER);
        boolean moderator = s.atLeast(Standing.MODERATOR);
        return new RoomPermissions(s,
                ownerOrAdmin && RoomInfo.USER.equals(room.kind()),
                ownerOrAdmin,
                moderator,
                moderator,
                ownerOrAdmin,
                moderator,
                role != null && role.isAdmin());
    }

    /** Whether the user may delete other people's messages here: moderators, the owner, admins (spec M-5). */
    public boolean deleteAnyMessage() {
        return standing.atLeast(Standing.MODERATOR);
    }

    /** Whether these permissions may lift {@code restriction}-like bans: time-limited, indefinite, site-wide. */
    public boolean mayLift(boolean indefinite, boolean siteWide) {
        if (siteWide) {
            return banEverywhere;
        }
        return indefinite ? banIndefinitely : ban;
    }
}
