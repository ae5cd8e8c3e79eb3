package dev.parley.server.accounts;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.storage.Database;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public view of users by id, cached: every message push carries its author, so looking the
 * author up must not cost a query per message. Whatever changes a user's public fields (profile
 * edits, later) must call {@link #invalidate}.
 */
public final class UserDirectory {
    /** Bounds the cache; past it, the cache is cleared and refills from the users active now. */
    private static final int MAX_CACHED = 50_000;
    private final Database db;
    private final Users users;
    private final Map<Long, UserInfo> cache = new ConcurrentHashMap<>();

    public UserDirectory(Database db, Users users) {
        this.db = db;
        this.users = users;
    }

    /** The user, or {@code session_invalid} if the id names no user (an account gone under a live session). */
    public UserInfo get(long id) {
        UserInfo info = cache.get(id);
        if (info != null) {
            return info;
        }
        info = db.read(c -> users.info(c, id)).orElseThrow(() -> new ParleyException(ErrorCode.SESSION_INVALID));
        if (cache.size() >= MAX_CACHED) {
            cache.clear();
        }
        cache.put(id, info);
        return info;
    }

    public void invalidate(long id) {
        cache.remove(id);
    }
}
