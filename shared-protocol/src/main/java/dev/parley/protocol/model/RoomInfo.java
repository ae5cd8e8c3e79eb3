package dev.parley.protocol.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A room as listed to every user: id, display name, topic, the slowmode cooldown in seconds
 * (0 = none), whether it is closed to new messages, its {@code kind} ({@code fixed} from the
 * config file, {@code user} opened by a user), its {@code owner} (user id, null for fixed
 * rooms) and its {@code moderators}; a private 1:1 chat (kind {@code private}, spec R-3) has no
 * owner or moderators but its two {@code participants} (by id), and its name is the participants'
 * user names in alphabetical order, joined with a comma (clients show the other participant). The same for every reader, so changes are broadcast once;
 * the client works out its own role from {@code owner}, {@code moderators} and its site role.
 */
public record RoomInfo(long id, String name, String topic, int slowmodeSeconds, boolean closed, String kind,
                       Long owner, List<UserInfo> moderators,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UserInfo> participants) {
    /** Kind of a room from the server's config file. */
    public static final String FIXED = "fixed";
    /** Kind of a room a user opened. */
    public static final String USER = "user";
    /** Kind of a private 1:1 chat between two users (spec R-3): no anonymous posting there. */
    public static final String PRIVATE = "private";

    public RoomInfo {
        kind = kind == null ? FIXED : kind;
        moderators = moderators == null ? List.of() : List.copyOf(moderators);
        participants = participants == null ? List.of() : List.copyOf(participants);
    }

    /** A public room (no participants list). */
    public RoomInfo(long id, String name, String topic, int slowmodeSeconds, boolean closed, String kind,
                    Long owner, List<UserInfo> moderators) {
        this(id, name, topic, slowmodeSeconds, closed, kind, owner, moderators, List.of());
    }

    /** A fixed room without moderators (tests, older callers). */
    public RoomInfo(long id, String name, String topic, int slowmodeSeconds, boolean closed) {
        this(id, name, topic, slowmodeSeconds, closed, FIXED, null, List.of(), List.of());
    }

    /** Whether this is a private 1:1 chat (not {@code isPrivate}: Jackson would send it as a field). */
    public boolean privateChat() {
        return PRIVATE.equals(kind);
    }

    /** Whether {@code user} moderates this room. */
    public boolean isModerator(long user) {
        return moderators.stream().anyMatch(m -> m.id() == user);
    }
}
