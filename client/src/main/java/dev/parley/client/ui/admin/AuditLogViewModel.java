package dev.parley.client.ui.admin;

import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.FindUser;
import dev.parley.protocol.frame.ReadAudit;
import dev.parley.protocol.model.AuditAction;
import dev.parley.protocol.model.AuditEntry;
import dev.parley.protocol.model.AuditPage;
import dev.parley.protocol.model.UserInfo;
import java.io.IOException;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Audit log page (MOD-10): moderation and admin actions, newest first, a page at a time,
 * filtered by action and by actor and target user names (looked up when the filter is applied).
 * "Load more" keeps the filter that was applied, not what is typed since; a page for an older
 * filter that arrives late is dropped.
 */
public final class AuditLogViewModel extends AdminPageViewModel {
    static final int PAGE_SIZE = 50;

    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    private final StringProperty actorName = new SimpleStringProperty("");
    private final StringProperty targetName = new SimpleStringProperty("");
    private Filter applied = new Filter(null, null, null);
    /** Bumped by every first-page request; a reply for an older one is stale. */
    private int generation;
    /** The generation the rows shown belong to; "Load more" waits while a newer first page is coming. */
    private int shown;
    private boolean loadingMore;

    public AuditLogViewModel(ChatService service, TaskExecutor executor) {
        super(service, executor);
    }

    // Properties

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** Only this action; null for all. */
    public ObjectProperty<AuditAction> actionProperty() {
        return action;
    }

    public StringProperty actorNameProperty() {
        return actorName;
    }

    public StringProperty targetNameProperty() {
        return targetName;
    }

    // Commands

    /** Looks up the typed names and shows the newest entries that match. */
    public void apply() {
        AuditAction what = action.get();
        String actor = trimmed(actorName.get());
        String target = trimmed(targetName.get());
        int mine = ++generation;
        call(() -> {
            Filter f = new Filter(what, find(actor), find(target));
            return new Loaded(f, page(f, null));
        }, loaded -> {
            if (mine == generation) {
                shown = mine;
                applied = loaded.filter();
                entries.setAll(loaded.page().entries());
                hasMore.set(loaded.page().hasMore());
            }
        }, () -> {
            // The old rows and the filter they were read with stay, and can be paged on.
            if (mine == generation) {
                shown = mine;
            }
        });
    }

    /** Appends the next older page, with the filter last applied. */
    public void loadMore() {
        if (entries.isEmpty() || !hasMore.get() || loadingMore || shown != generation) {
            return;
        }
        Filter f = applied;
        long before = entries.get(entries.size() - 1).id();
        int mine = generation;
        loadingMore = true;
        call(() -> page(f, before), page -> {
            loadingMore = false;
            if (mine == generation) {
                entries.addAll(page.entries());
                hasMore.set(page.hasMore());
            }
        }, () -> loadingMore = false);
    }

    /** Empties the filter fields and shows every entry. */
    public void clearFilter() {
        action.set(null);
        actorName.set("");
        targetName.set("");
        apply();
    }

    private Long find(String name) throws IOException {
        if (name == null) {
            return null;
        }
        UserInfo user = service.request(id -> new FindUser(id, name));
        return user.id();
    }

    private AuditPage page(Filter f, Long before) throws IOException {
        return service.request(id -> new ReadAudit(id, f.action(), f.actor(), f.target(), null, before, PAGE_SIZE));
    }

    private record Filter(AuditAction action, Long actor, Long target) {
    }

    private record Loaded(Filter filter, AuditPage page) {
    }
}
