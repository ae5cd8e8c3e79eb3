package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionKind;

/**
 * Restricts a user (specs MOD-3, MOD-5, MOD-6): {@code kind} ban or mute in {@code room}, or,
 * with {@code room} absent, in every room (admins only); {@code no_rooms} (admins only, no
 * room) bars them from opening rooms. {@code durationSeconds} from 60 to
 * {@link Limits#MAX_BAN_SECONDS}; absent means indefinitely, which only the room's owner or an
 * admin may impose. The target must rank below the caller (user &lt; moderator &lt; owner &lt;
 * admin &lt; superuser).
 */
public record Ban(String id, Long user, Long room, RestrictionKind kind, Long durationSeconds, String reason) implements Request<Restriction> {
    public Ban {
        Checks.requestId(id);
        Checks.positiveId(user, "user");
        if (room != null) {
            Checks.positiveId(room, "room");
        }
        Checks.required(kind, "kind");
        if (durationSeconds != null && (durationSeconds < Limits.MIN_BAN_SECONDS || durationSeconds > Limits.MAX_BAN_SECONDS)) {
            throw new dev.parley.protocol.ParleyException(dev.parley.protocol.ErrorCode.INVALID_FIELD,
                    java.util.Map.of("field", "durationSeconds", "min", Long.toString(Limits.MIN_BAN_SECONDS),
                            "max", Long.toString(Limits.MAX_BAN_SECONDS)));
        }
        if (reason != null && !reason.isEmpty()) {
            Checks.text(reason, "reason", Limits.MAX_REASON_LENGTH);
        }
    }

    @Override
    public Class<Restriction> resultType() {
        return Restriction.class;
    }
}
