package dev.parley.client.model;

import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.FetchUsers;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this client knows of other users, by id (spec ID-1: names are for display only): fed by
 * history pages, message pushes, member lists and {@code user} pushes (a profile change), so a
 * row can show a name, colour, status line and avatar, and show the new ones when they change.
 *
 * <p>Ids the client meets without a user record (a reacting user past a page's users, a
 * mentioned or quoted user) are collected with {@link #want} and fetched with {@code users} in
 * batches of at most {@link Limits#MAX_USERS_PER_REQUEST} when {@link #fetchWanted} is called,
 * each id once: an id the server leaves out (no such user) is not asked for again, and one whose
 * request failed is asked for the next time it is wanted. Updated on the UI thread only;
 * {@link #onChange} listeners hear of every user added or changed.
 */
public final class UserDirectory {
    private static final Logger LOG = LoggerFactory.getLogger(UserDirectory.class);
    private final ObservableMap<Long, UserInfo> users = FXCollections.observableHashMap();
    /** The one read-only view handed out: it listens to {@link #users} weakly, so it must not be made per call. */
    private final ObservableMap<Long, UserInfo> usersView = FXCollections.unmodifiableObservableMap(users);
    private final Set<Long> asked = new HashSet<>();
    private final Set<Long> wanted = new LinkedHashSet<>();
    private final List<Consumer<UserInfo>> listeners = new ArrayList<>();
    private final List<Consumer<UserInfo>> seenListeners = new ArrayList<>();
    private final ChatService service;
    private final TaskExecutor executor;

    public UserDirectory(ChatService service, TaskExecutor executor) {
        this.service = service;
        this.executor = executor;
    }

    /** Every user known, by id; read-only. */
    public ObservableMap<Long, UserInfo> users() {
        return usersView;
    }

    /**
     * The other participant of a private chat as known now (a profile pushed since the room list
     * came is newer than the room's copy), or null for a room. {@code me} is the reader.
     */
    public UserInfo partnerIn(RoomInfo room, long me) {
        if (room == null || !room.privateChat()) {
            return null;
        }
        UserInfo partner = room.participants().stream().filter(p -> p.id() != me).findFirst().orElse(null);
        if (partner == null) {
            return null;
        }
        UserInfo known = users.get(partner.id());
        return known != null ? known : partner;
    }

    /** The user with {@code id}, or null when not known (yet). */
    public UserInfo get(long id) {
        return users.get(id);
    }

    /** The shown name of {@code id}, or null when not known. */
    public String name(long id) {
        UserInfo u = users.get(id);
        return u == null ? null : u.shownName();
    }

    /** The lower-case user names of {@code ids} that are known, mapped to their ids (for mentions). */
    public Map<String, Long> usernames(Collection<Long> ids) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (long id : ids) {
            UserInfo u = users.get(id);
            if (u != null && u.username() != null) {
                out.put(u.username().toLowerCase(Locale.ROOT), id);
            }
        }
        return out;
    }

    /** Calls {@code listener} with every user added or changed. */
    public void onChange(Consumer<UserInfo> listener) {
        listeners.add(listener);
    }

    /**
     * Calls {@code listener} with every user record taken, news or not: who was seen last
     * ({@link Presence} follows the users seen most recently).
     */
    public void onSeen(Consumer<UserInfo> listener) {
        seenListeners.add(listener);
    }

    /** Takes a user record (from a page, a push, a reply); tells the listeners if it is news. */
    public void put(UserInfo user) {
        if (user == null) {
            return;
        }
        wanted.remove(user.id());
        UserInfo old = users.put(user.id(), user);
        if (!Objects.equals(old, user)) {
            listeners.forEach(l -> l.accept(user));
        }
        seenListeners.forEach(l -> l.accept(user));
    }

    public void putAll(Collection<UserInfo> list) {
        list.forEach(this::put);
    }

    /** Notes ids to fetch with the next {@link #fetchWanted} when they are not known. */
    public void want(Collection<Long> ids) {
        for (Long id : ids) {
            if (id != null && id > 0 && !users.containsKey(id) && !asked.contains(id)) {
                wanted.add(id);
            }
        }
    }

    /** Fetches the wanted ids, in batches. */
    public void fetchWanted() {
        List<Long> all = new ArrayList<>(wanted);
        wanted.clear();
        for (int from = 0; from < all.size(); from += Limits.MAX_USERS_PER_REQUEST) {
            List<Long> batch = List.copyOf(all.subList(from, Math.min(all.size(), from + Limits.MAX_USERS_PER_REQUEST)));
            asked.addAll(batch);
            executor.run(() -> service.request(id -> new FetchUsers(id, batch)), list -> putAll(list.users()), e -> {
                LOG.warn("could not fetch {} users: {}", batch.size(), e.toString());
                batch.forEach(asked::remove);
            });
        }
    }
}
