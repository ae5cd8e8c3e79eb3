package dev.parley.server.messages;

import dev.parley.protocol.Limits;
import dev.parley.protocol.model.HistoryPage;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.accounts.UserDirectory;
import dev.parley.server.storage.Database;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads history pages for one reader (spec M-2): newest, {@code before} (paging back),
 * {@code after} (catching up) and {@code around} (jumping to a message), each by keyset on the
 * room index, with every page's extras and users loaded in a fixed number of batched queries.
 *
 * <p>A page stops early once its messages and the users they bring would pass
 * {@link Limits#MAX_PAGE_TEXT_BYTES} as encoded ({@link PageBudget}), so even a page of long
 * messages with quotes, reactions and many mentioned users fits the largest frame a client
 * accepts. It is cut on the far side from where the reader stands: older messages of a newest
 * or {@code before} page, newer ones of an {@code after} page, both ends of an {@code around}
 * page (the anchor is kept); {@code hasMore} / {@code hasNewer} then say more exist.
 */
final class HistoryReader {
    private final Database db;
    private final Messages messages;
    private final ExtrasLoader loader;
    private final UserDirectory users;

    HistoryReader(Database db, Messages messages, ExtrasLoader loader, UserDirectory users) {
        this.db = db;
        this.messages = messages;
        this.loader = loader;
        this.users = users;
    }

    /** What the queries found: older messages newest first, newer ones oldest first, and whether more exist. */
    private record Found(List<StoredMessage> older, boolean moreOlder, List<StoredMessage> newer, boolean moreNewer,
                         Extras extras) {
    }

    /** At most one of {@code before}, {@code after}, {@code around} is set (the frame checks it). */
    HistoryPage page(long reader, long room, Long before, Long after, Long around, int limit) {
        int size = Math.max(1, Math.min(limit, Limits.MAX_PAGE_SIZE));
        Found found = db.read(c -> {
            List<StoredMessage> older = List.of();
            List<StoredMessage> newer = List.of();
            boolean moreOlder;
            boolean moreNewer = false;
            if (after != null) {
                newer = messages.newer(c, room, after, false, size + 1);
                moreNewer = newer.size() > size;
                newer = head(newer, size);
                // the first of the page is always kept, so this is the answer whatever is cut later
                moreOlder = messages.olderExists(c, room, newer.isEmpty() ? after + 1 : newer.get(0).id());
            } else if (around != null) {
                int half = size / 2;
                older = messages.older(c, room, around, half + 1);
                moreOlder = older.size() > half;
                older = head(older, half);
                newer = messages.newer(c, room, around, true, size - half + 1);
                moreNewer = newer.size() > size - half;
                newer = head(newer, size - half);
            } else {
                older = messages.older(c, room, before, size + 1);
                moreOlder = older.size() > size;
                older = head(older, size);
            }
            List<StoredMessage> all = new ArrayList<>(older.size() + newer.size());
            all.addAll(older);
            all.addAll(newer);
            return new Found(older, moreOlder, newer, moreNewer, loader.load(c, all, reader));
        });
        List<MessageInfo> older = view(found.older(), found.extras(), reader);
        List<MessageInfo> newer = view(found.newer(), found.extras(), reader);
        Set<Long> referred = new LinkedHashSet<>();
        older.forEach(m -> MessageView.referredUsers(m, referred::add));
        newer.forEach(m -> MessageView.referredUsers(m, referred::add));
        Map<Long, UserInfo> known = referred.isEmpty() ? Map.of() : users.getAll(referred);

        // take messages nearest the reader's place first, alternating sides around an anchor
        List<MessageInfo> keptOlder = new ArrayList<>();
        List<MessageInfo> keptNewer = new ArrayList<>();
        Set<Long> counted = new java.util.HashSet<>();
        long bytes = 0;
        int o = 0;
        int n = 0;
        while (o < older.size() || n < newer.size()) {
            boolean takeNewer = n < newer.size() && (o >= older.size() || n <= o);
            MessageInfo m = takeNewer ? newer.get(n) : older.get(o);
            long cost = PageBudget.message(m);
            List<Long> added = new ArrayList<>();
            MessageView.referredUsers(m, id -> {
                if (!counted.contains(id) && known.containsKey(id) && !added.contains(id)) {
                    added.add(id);
                }
            });
            for (Long id : added) {
                cost += PageBudget.user(known.get(id));
            }
            if (bytes + cost > Limits.MAX_PAGE_TEXT_BYTES && !(keptOlder.isEmpty() && keptNewer.isEmpty())) {
                break;
            }
            bytes += cost;
            counted.addAll(added);
            if (takeNewer) {
                keptNewer.add(m);
                n++;
            } else {
                keptOlder.add(m);
                o++;
            }
        }
        boolean hasMore = found.moreOlder() || keptOlder.size() < older.size();
        boolean hasNewer = found.moreNewer() || keptNewer.size() < newer.size();
        List<MessageInfo> page = new ArrayList<>(keptOlder.size() + keptNewer.size());
        page.addAll(keptOlder);
        Collections.reverse(page);
        page.addAll(keptNewer);
        Set<Long> order = new LinkedHashSet<>();
        page.forEach(m -> MessageView.referredUsers(m, order::add));
        List<UserInfo> pageUsers = new ArrayList<>(order.size());
        for (Long id : order) {
            UserInfo u = known.get(id);
            if (u != null) {
                pageUsers.add(u);
            }
        }
        return new HistoryPage(room, page, pageUsers, hasMore, hasNewer);
    }

    private static List<MessageInfo> view(List<StoredMessage> rows, Extras extras, long reader) {
        List<MessageInfo> shown = new ArrayList<>(rows.size());
        for (StoredMessage m : rows) {
            shown.add(MessageView.of(m, extras, reader, true));
        }
        return shown;
    }

    private static <T> List<T> head(List<T> list, int n) {
        return list.size() > n ? list.subList(0, n) : list;
    }
}
