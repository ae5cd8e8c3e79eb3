package dev.parley.client.ui.admin;

import dev.parley.client.i18n.UiText;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.CancelBan;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ListBans;
import dev.parley.protocol.model.Restriction;
import dev.parley.protocol.model.RestrictionList;
import dev.parley.protocol.model.UserInfo;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The admins' Ban history page (MOD-6): every ban, mute and room-opening ban, active and ended
 * (the server never returns cancelled ones), newest first, a page at a time with "Load more";
 * optionally only one user's, found by user name. "Cancel" deletes a ban for good.
 *
 * <p>Paging is keyset: "Load more" asks for the ones older than the last id shown. A page that
 * arrives after the filter changed belongs to the old filter and is dropped, and "Load more"
 * does nothing while the first page of a new filter is on its way (it would page the old one).
 */
public final class BanHistoryViewModel extends AdminPageViewModel {
    static final int PAGE_SIZE = 50;

    /** Where a restriction stands, for the "state" column. */
    public enum State { ACTIVE, ENDED, LIFTED }

    private final TaskExecutor executor;
    private final ObservableList<Restriction> bans = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final StringProperty userFilter = new SimpleStringProperty("");
    private final ObjectProperty<UserInfo> filteredUser = new SimpleObjectProperty<>();
    /** Bumped by every first-page request; a reply for an older one is stale. */
    private int generation;
    /** The generation the rows shown belong to; "Load more" waits while a newer first page is coming. */
    private int shown;
    private boolean loadingMore;

    public BanHistoryViewModel(ChatService service, TaskExecutor executor) {
        super(service, executor);
        this.executor = executor;
    }

    // Properties

    /** The bans shown, newest first. */
    public ObservableList<Restriction> bans() {
        return bans;
    }

    /** Older bans exist beyond the last one shown. */
    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** The user name typed in the filter field. */
    public StringProperty userFilterProperty() {
        return userFilter;
    }

    /** The user whose bans are shown; null when every ban is. */
    public ReadOnlyObjectProperty<UserInfo> filteredUserProperty() {
        return filteredUser;
    }

    /** The "state" column: lifted (by whom is in the restriction), still active, or over. */
    public static State state(Restriction r) {
        if (r.lifted() != null) {
            return State.LIFTED;
        }
        return r.active() ? State.ACTIVE : State.ENDED;
    }

    // Commands

    /** Shows the newest page again, with the current filter. */
    public void load() {
        UserInfo user = filteredUser.get();
        int mine = ++generation;
        call(() -> page(user, null), list -> {
            if (mine == generation) {
                shown = mine;
                bans.setAll(list.restrictions());
                hasMore.set(list.hasMore());
            }
        }, () -> settle(mine));
    }

    /** Appends the next older page. */
    public void loadMore() {
        // A second click while a page is on its way would ask for the same page twice.
        if (bans.isEmpty() || !hasMore.get() || loadingMore || shown != generation) {
            return;
        }
        UserInfo user = filteredUser.get();
        long before = bans.get(bans.size() - 1).id();
        int mine = generation;
        loadingMore = true;
        call(() -> page(user, before), list -> {
            loadingMore = false;
            if (mine == generation) {
                bans.addAll(list.restrictions());
                hasMore.set(list.hasMore());
            }
        }, () -> loadingMore = false);
    }

    /** Shows only the bans of the user named in the filter field, or every ban when it is blank. */
    public void applyFilter() {
        String name = trimmed(userFilter.get());
        if (name == null) {
            clearFilter();
            return;
        }
        int mine = ++generation;
        call(() -> {
            UserInfo user = service.request(id -> new FindUser(id, name));
            return new Filtered(user, page(user, null));
        }, result -> {
            if (mine == generation) {
                shown = mine;
                filteredUser.set(result.user());
                bans.setAll(result.page().restrictions());
                hasMore.set(result.page().hasMore());
            }
        }, () -> settle(mine));
    }

    /** A failed first page leaves the old rows, and the old filter, in place: they can be paged on. */
    private void settle(int failed) {
        if (failed == generation) {
            shown = failed;
        }
    }

    public void clearFilter() {
        userFilter.set("");
        filteredUser.set(null);
        load();
    }

    /** Deletes {@code ban} as if it never was (the view has asked for confirmation). */
    public void cancel(Restriction ban) {
        call(() -> service.request(id -> new CancelBan(id, ban.id())), done -> bans.removeIf(b -> b.id() == ban.id()));
    }

    /** A form for banning a user in every room or from opening rooms; the list reloads after it. */
    public BanUserViewModel banUser() {
        return new BanUserViewModel(service, executor, this::load);
    }

    private RestrictionList page(UserInfo user, Long before) throws java.io.IOException {
        Long userId = user == null ? null : user.id();
        return service.request(id -> new ListBans(id, null, userId, false, before, PAGE_SIZE));
    }

    /** Text for a ban's state, with who lifted it. */
    public static UiText stateText(Restriction r) {
        return switch (state(r)) {
            case ACTIVE -> UiText.of("admin.bans.state.active");
            case ENDED -> UiText.of("admin.bans.state.ended");
            case LIFTED -> r.liftedBy() == null ? UiText.of("admin.bans.state.lifted")
                    : UiText.of("admin.bans.state.lifted_by", r.liftedBy().username());
        };
    }

    private record Filtered(UserInfo user, RestrictionList page) {
    }
}
