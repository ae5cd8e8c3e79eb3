package dev.parley.client.model;

import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.WatchPresence;
import dev.parley.protocol.model.PresenceList;
import dev.parley.protocol.model.UserInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who is online (spec ), as an observable set of user ids the views colour names by.
 *
 * <p>Follows every user the {@link UserDirectory} takes in (authors, members, private chat
 * participants, mentioned users), at most {@link Limits#MAX_PRESENCE_USERS}: past that the user
 * seen longest ago is dropped, so the people on screen are the ones followed. Following is one
 * {@code watch_presence} with the whole set (each call replaces the set on the server); only one
 * is in flight, and a set that changed meanwhile goes out once it returns, so a page of fifty new
 * authors costs two requests, not fifty.
 *
 * <p>The hazard (PROTOCOL.md): a {@code presence} push may overtake the answer it follows. The
 * answer is the server's snapshot, so a push that arrives while the request waits is held and
 * applied after the answer, in arrival order; applied before, the older snapshot would undo it.
 *
 * <p>Our own user counts as online while the connection is up. While it is not, nothing is known
 * (the pushes stop with the old connection), so the set is emptied; {@link #rewatch()} after a
 * reconnect sends the whole set again, since the subscription belonged to the old connection.
 * UI thread only.
 */
public final class Presence {
    private static final Logger LOG = LoggerFactory.getLogger(Presence.class);

    private final ObservableSet<Long> online = FXCollections.observableSet(new HashSet<>());
    private final ObservableSet<Long> onlineView = FXCollections.unmodifiableObservableSet(online);
    /** The users followed, the one seen longest ago first. */
    private final LinkedHashSet<Long> followed = new LinkedHashSet<>();
    /** Pushes that arrived while a request was in flight, in arrival order. */
    private final List<Change> overtaking = new ArrayList<>();
    private final ChatService service;
    private final TaskExecutor executor;
    private final long me;
    private final ObservableValue<ConnectionState> state;
    private final int capacity;
    private boolean inFlight;
    /** The followed set changed since the request in flight was sent (or could not be sent). */
    private boolean stale;

    /**
     * @param users the directory whose users are followed (from now on and those it holds)
     * @param me    our own user id: online while {@code state} is connected, never asked about
     * @param state the connection's state
     */
    public Presence(ChatService service, TaskExecutor executor, UserDirectory users, long me,
                    ObservableValue<ConnectionState> state) {
        this(service, executor, users, me, state, Limits.MAX_PRESENCE_USERS);
    }

    Presence(ChatService service, TaskExecutor executor, UserDirectory users, long me,
             ObservableValue<ConnectionState> state, int capacity) {
        this.service = service;
        this.executor = executor;
        this.me = me;
        this.state = state;
        this.capacity = capacity;
        state.addListener((obs, old, now) -> connectionChanged(now));
        connectionChanged(state.getValue());
        users.users().values().forEach(this::seen);
        users.onSeen(this::seen);
    }

    // Properties

    /** The ids of the users online now, as far as this client knows; read-only. */
    public ObservableSet<Long> online() {
        return onlineView;
    }

    public boolean isOnline(long user) {
        return online.contains(user);
    }

    /** The users followed, the one seen longest ago first (for tests and diagnostics). */
    public List<Long> followed() {
        return List.copyOf(followed);
    }

    // Commands and events

    /** A user record was taken in: follow the user (again the most recently seen). */
    public void seen(UserInfo user) {
        if (user == null || user.id() <= 0 || user.id() == me) {
            return;
        }
        boolean added = !followed.remove(user.id());
        followed.add(user.id());
        if (followed.size() > capacity) {
            Iterator<Long> oldest = followed.iterator();
            online.remove(oldest.next());
            oldest.remove();
        }
        if (added) {
            watch();
        }
    }

    /** The {@code presence} push. */
    public void pushed(long user, boolean isOnline) {
        if (inFlight) {
            overtaking.add(new Change(user, isOnline));
        } else {
            apply(user, isOnline);
        }
    }

    /** After a reconnect: the old connection's subscription is gone, follow the whole set again. */
    public void rewatch() {
        stale = true;
        watch();
    }

    private void watch() {
        if (inFlight || state.getValue() != ConnectionState.CONNECTED || followed.isEmpty()) {
            stale = true;
            return;
        }
        List<Long> asked = List.copyOf(followed);
        inFlight = true;
        stale = false;
        executor.run(() -> service.request(id -> new WatchPresence(id, asked)), result -> answered(asked, result), e -> {
            LOG.warn("could not follow the presence of {} users: {}", asked.size(), e.toString());
            inFlight = false;
            stale = true;
            replayOvertaking();
        });
    }

    private void answered(List<Long> asked, PresenceList result) {
        inFlight = false;
        Set<Long> now = new HashSet<>(result.online());
        for (Long user : asked) {
            apply(user, now.contains(user));
        }
        replayOvertaking();
        if (stale) {
            watch();
        }
    }

    private void replayOvertaking() {
        List<Change> held = List.copyOf(overtaking);
        overtaking.clear();
        held.forEach(c -> apply(c.user(), c.online()));
    }

    private void apply(long user, boolean isOnline) {
        if (user == me || !followed.contains(user) || state.getValue() != ConnectionState.CONNECTED) {
            return;
        }
        if (isOnline) {
            online.add(user);
        } else {
            online.remove(user);
        }
    }

    private void connectionChanged(ConnectionState now) {
        if (now == ConnectionState.CONNECTED) {
            online.add(me);
        } else {
            online.clear();
            overtaking.clear();
        }
    }

    private record Change(long user, boolean online) {
    }
}
