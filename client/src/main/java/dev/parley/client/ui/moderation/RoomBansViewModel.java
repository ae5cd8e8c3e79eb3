package dev.parley.client.ui.moderation;

import dev.parley.client.i18n.ErrorTexts;
import dev.parley.client.i18n.UiText;
import dev.parley.client.model.RoomPermissions;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.frame.Unban;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RoomInfo;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A room's ban management page (MOD-4): its active bans and mutes, newest first, a page at a
 * time, with "Unban" where the viewer may lift one (time-limited: moderators; indefinite: the
 * owner and admins; site-wide: admins). A lifted ban leaves the list (it stays in the history).
 */
public final class RoomBansViewModel {
    // Properties
    private final ObservableList<Restriction> bans = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<UiText> error = new ReadOnlyObjectWrapper<>();

    private final ChatService service;
    private final TaskExecutor executor;
    private final RoomInfo room;
    private final RoomPermissions permissions;

    public RoomBansViewModel(ChatService service, TaskExecutor executor, RoomInfo room, RoomPermissions permissions) {
        this.service = service;
        this.executor = executor;
        this.room = room;
        this.permissions = permissions;
    }

    public RoomInfo room() {
        return room;
    }

    public ObservableList<Restriction> bans() {
        return bans;
    }

    /** Older active bans exist beyond those listed. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UiText> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether the viewer may lift {@code ban}. */
    public boolean canUnban(Restriction ban) {
        return permissions.mayLift(ban.until() == null, ban.room() == null);
    }

    // Commands

    /** Loads the newest page of active bans, replacing the list. */
    public void load() {
        fetch(null);
    }

    /** Appends the next older page. */
    public void loadMore() {
        if (!bans.isEmpty() && hasMore.get()) {
            fetch(bans.get(bans.size() - 1).id());
        }
    }

    /** Lifts {@code ban}; it leaves the list once the server agreed. */
    public void unban(Restriction ban) {
        if (!canUnban(ban) || busy.get()) {
            return;
        }
        busy.set(true);
        error.set(null);
        executor.run(() -> service.request(id -> new Unban(id, ban.id())), lifted -> {
            busy.set(false);
            bans.removeIf(b -> b.id() == ban.id());
        }, this::failed);
    }

    private void fetch(Long before) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set(null);
        executor.run(() -> service.request(id -> new ListBans(id, room.id(), null, true, before, Limits.MAX_PAGE_SIZE)), page -> {
            busy.set(false);
            if (before == null) {
                bans.setAll(page.restrictions());
            } else {
                bans.addAll(page.restrictions());
            }
            hasMore.set(page.hasMore());
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        error.set(ErrorTexts.of(e, false));
    }
}
