package dev.parley.server.rooms;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Role;
import dev.parley.server.accounts.UserDirectory;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Who may start a private 1:1 chat (spec R-3): not a guest, not with oneself, not with a guest,
 * not with someone who blocked the caller (MOD-7), not while banned everywhere. The chat itself
 * (one room per pair, visible to the two only) is {@link RoomsService#findOrCreatePrivate}.
 * The checks that belong to moderation come in as functions, so rooms does not depend on it.
 */
public final class PrivateChatsService {
    /** Whether the first user has blocked the second. */
    public interface BlockList {
        boolean hasBlocked(long user, long other);
    }

    private final RoomsService rooms;
    private final UserDirectory users;
    private final BlockList blocks;
    private final LongConsumer siteWideBanCheck;

    /**
     * @param siteWideBanCheck throws {@code banned} when the user is banned from every room (a
     *                         site-wide ban takes private chats too)
     */
    public PrivateChatsService(RoomsService rooms, UserDirectory users, BlockList blocks, LongConsumer siteWideBanCheck) {
        this.rooms = rooms;
        this.users = users;
        this.blocks = blocks;
        this.siteWideBanCheck = siteWideBanCheck;
    }

    /** The private chat of {@code caller} and {@code other}, created the first time. */
    public RoomsService.PrivateChat start(long caller, long other) {
        if (users.role(caller) == Role.GUEST) {
            throw forbidden("guest");
        }
        if (caller == other) {
            throw forbidden("self");
        }
        UserDirectory.Entry target = users.target(other);
        if (target.role() == Role.GUEST) {
            throw forbidden("guest");
        }
        siteWideBanCheck.accept(caller);
        if (blocks.hasBlocked(other, caller)) {
            throw forbidden("blocked");
        }
        return rooms.findOrCreatePrivate(caller, other);
    }

    private static ParleyException forbidden(String reason) {
        return new ParleyException(ErrorCode.FORBIDDEN, Map.of("reason", reason));
    }
}
