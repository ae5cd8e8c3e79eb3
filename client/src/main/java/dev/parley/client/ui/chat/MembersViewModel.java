package dev.parley.client.ui.chat;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.model.Presence;
import dev.parley.client.model.UserDirectory;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.RoomMembers;
import dev.parley.protocol.model.UserInfo;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;

/**
 * The member panel of the open room (spec ID-4, R-5 in part): the users who have opened it
 * ({@code members {room}}, the first {@link Limits#MAX_USERS_PER_REQUEST} by name), each with
 * avatar, name in colour and status line, changing live with {@code user} pushes. Loaded when the
 * panel is shown and when the room changes while it is shown; answers for a room no longer open
 * are dropped.
 *
 * <p>Ordered online first, then by shown name (spec R-5), and ordered again as members come
 * online or go offline ({@link Presence}), so the people one can talk to now are on top.
 */
public final class MembersViewModel {
    private final ObservableList<UserInfo> members = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();
    private final ChatService service;
    private final TaskExecutor executor;
    private final UserDirectory users;
    private final Presence presence;
    private final Comparator<UserInfo> order;
    private long room = -1;

    public MembersViewModel(ChatService service, TaskExecutor executor, UserDirectory users, Presence presence) {
        this.service = service;
        this.executor = executor;
        this.users = users;
        this.presence = presence;
        Collator byName = Collator.getInstance();
        this.order = Comparator.comparing((UserInfo u) -> !presence.isOnline(u.id()))
                .thenComparing(UserInfo::shownName, Comparator.nullsLast(byName))
                .thenComparingLong(UserInfo::id);
        users.onChange(this::userChanged);
        presence.online().addListener((SetChangeListener<Long>) c -> {
            long user = c.wasAdded() ? c.getElementAdded() : c.getElementRemoved();
            if (members.stream().anyMatch(u -> u.id() == user)) {
                reorder();
            }
        });
    }

    public ObservableList<UserInfo> members() {
        return FXCollections.unmodifiableObservableList(members);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Loads the members of {@code forRoom} (a value below 1 clears the list). */
    public void load(long forRoom) {
        room = forRoom;
        members.clear();
        error.set(null);
        if (forRoom < 1) {
            return;
        }
        loading.set(true);
        executor.run(() -> service.request(id -> new RoomMembers(id, forRoom, null, Limits.MAX_USERS_PER_REQUEST)), list -> {
            if (room == forRoom) {
                loading.set(false);
                users.putAll(list.users());
                members.setAll(list.users().stream().sorted(order).toList());
            }
        }, e -> {
            if (room == forRoom) {
                loading.set(false);
                error.set(ErrorTexts.of(e, false));
            }
        });
    }

    /** Whether {@code user} is online now (the panel's dot). */
    public boolean isOnline(long user) {
        return presence.isOnline(user);
    }

    private void userChanged(UserInfo user) {
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).id() == user.id()) {
                members.set(i, user);
                reorder();
                return;
            }
        }
    }

    /** Sorts again in place (a permutation, so the list keeps its rows) when the order changed. */
    private void reorder() {
        List<UserInfo> sorted = members.stream().sorted(order).toList();
        if (!sorted.equals(members)) {
            FXCollections.sort(members, order);
        }
    }
}
