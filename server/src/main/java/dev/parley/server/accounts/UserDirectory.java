package dev.parley.server.accounts;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.storage.Database;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public view of users by id, with their site role, cached: every message push carries its
 * author and every moderation check needs a role, so looking a user up must not cost a query
 * each time. Whatever changes a user's public fields or role must call {@link #invalidate}.
 */
public final class UserDirectory {
    /** Bounds the cache; past it, the cache is cleared and refills from the users active now. */
    private static final int MAX_CACHED = 50_000;
    private final Database db;
    private final Users users;
    private final Map<Long, Entry> cache = new ConcurrentHashMap<>();

    /** A user as the directory holds it. */
    public record Entry(UserInfo info, Role role) {
    }

    public UserDirectory(Database db, Users users) {
        this.db = db;
        this.users = users;
    }

    /** The user, or {@code session_invalid} if the id names no user (an account gone under a live session). */
    public UserInfo get(long id) {
        return entry(id).orElseThrow(() -> new ParleyException(ErrorCode.SESSION_INVALID)).info();
    }

    /** The user's site role, or {@code user_not_found}. */
    public Role role(long id) {
        return entry(id).orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND)).role();
    }

    /** The user, or {@code user_not_found} (for frames that name a target user). */
    public Entry target(long id) {
        return entry(id).orElseThrow(() -> new ParleyException(ErrorCode.USER_NOT_FOUND,
                Map.of("user", Long.toString(id))));
    }

    public Optional<Entry> entry(long id) {
        Entry entry = cache.get(id);
        if (entry != null) {
            return Optional.of(entry);
        }
        Optional<Entry> found = db.read(c -> users.entry(c, id));
        found.ifPresent(e -> {
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(id, e);
        });
        return found;
    }

    /**
     * The users of {@code ids} that exist, by id: cached ones from the cache, the rest in one
     * query, so a history page that refers to many users costs at most one look-up.
     */
    public Map<Long, UserInfo> getAll(java.util.Collection<Long> ids) {
        Map<Long, UserInfo> found = new java.util.HashMap<>(ids.size() * 2);
        java.util.List<Long> missing = new java.util.ArrayList<>();
        for (Long id : ids) {
            Entry entry = cache.get(id);
            if (entry != null) {
                found.put(id, entry.info());
            } else if (!found.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            for (Entry e : db.read(c -> users.entries(c, missing))) {
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
                cache.put(e.info().id(), e);
                found.put(e.info().id(), e.info());
            }
        }
        return found;
    }

    /** Looks a user up by name (case-insensitive). */
    public Optional<Entry> byName(String username) {
        return db.read(c -> users.findByUsername(c, username)).map(r -> new Entry(r.info(), r.role()));
    }

    public void invalidate(long id) {
        cache.remove(id);
    }
}
