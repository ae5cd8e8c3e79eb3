package dev.parley.client.ui.chat;

import dev.parley.client.model.UserDirectory;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import java.util.regex.Pattern;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quick switcher (spec UX-3, Ctrl+K): a query typed by the user, and the conversations
 * (rooms and private chats) and other users it matches, one of them chosen, for opening with
 * Enter or a click.
 *
 * <p>Matching ignores case and accents ("lodz" finds "Łódź"). A match at the start of a word of
 * a name ranks before a match inside a word; within a rank, conversations come before users;
 * conversations keep the sidebar's order, users are sorted by shown name. A private chat
 * matches by the other participant's shown and user name and is shown by the shown name; a user
 * who already has a private chat with us appears only as that chat. Users for whom
 * {@code canChatPrivately} is false (ourselves, everyone when we are a guest) are not listed.
 * Without a query the list holds the conversations only, in the sidebar's order with the open
 * one last (so Enter on an empty query goes somewhere else, and the list is still complete).
 * At most {@link #MAX_RESULTS} entries are listed.
 *
 * <p>The results follow the room list and the user directory while the switcher is open; call
 * {@link #dispose} when it closes, so the long-lived lists do not keep it.
 */
public final class QuickSwitcherViewModel {
    /** The longest list shown: the switcher is for jumping, not browsing. */
    public static final int MAX_RESULTS = 50;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** What an entry opens. */
    public enum Kind { ROOM, PRIVATE_CHAT, USER }

    /**
     * One line of the list.
     *
     * @param name   what to show: the room's name, or the other person's shown name
     * @param room   the conversation to open, or null for {@link Kind#USER}
     * @param userId the other person for {@link Kind#PRIVATE_CHAT} and {@link Kind#USER}, else 0
     */
    public record Entry(Kind kind, String name, RoomInfo room, long userId) {
    }

    private final ObservableList<RoomInfo> rooms;
    private final UserDirectory users;
    private final long self;
    private final ObservableValue<RoomInfo> current;
    private final Consumer<RoomInfo> openRoom;
    private final LongConsumer openPrivate;
    private final LongPredicate canChatPrivately;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<Entry> results = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final InvalidationListener refresh = obs -> refresh();

    /**
     * @param rooms            the user's rooms and private chats, in the sidebar's order
     * @param users            the users the client knows
     * @param self             our user id (a private chat is shown by the participant who is not us)
     * @param current          the open conversation (its value may be null)
     * @param openRoom         opens a room or private chat
     * @param openPrivate      opens or starts the private chat with a user id
     * @param canChatPrivately whether a user id may be offered a private chat
     */
    public QuickSwitcherViewModel(ObservableList<RoomInfo> rooms, UserDirectory users, long self,
                                  ObservableValue<RoomInfo> current, Consumer<RoomInfo> openRoom,
                                  LongConsumer openPrivate, LongPredicate canChatPrivately) {
        this.rooms = rooms;
        this.users = users;
        this.self = self;
        this.current = current;
        this.openRoom = openRoom;
        this.openPrivate = openPrivate;
        this.canChatPrivately = canChatPrivately;
        query.addListener(refresh);
        rooms.addListener(refresh);
        users.users().addListener(refresh);
        current.addListener(refresh);
        refresh();
    }

    /** The switcher of the chat screen {@code chat}. */
    public static QuickSwitcherViewModel of(ChatViewModel chat) {
        return new QuickSwitcherViewModel(chat.rooms(), chat.users(), chat.me().id(), chat.currentRoomProperty(),
                chat::openRoom, chat::openPrivate, chat::canChatPrivately);
    }

    // Properties

    /** What the user typed. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The matching entries, best first; read-only. */
    public ObservableList<Entry> results() {
        return FXCollections.unmodifiableObservableList(results);
    }

    /** The index of the chosen entry in {@link #results}, or -1 when there is none. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /** The chosen entry, or null. */
    public Entry selected() {
        int i = selectedIndex.get();
        return i < 0 || i >= results.size() ? null : results.get(i);
    }

    // Commands

    /** Moves the choice by {@code delta} entries, wrapping around at either end. */
    public void moveSelection(int delta) {
        int size = results.size();
        if (size == 0) {
            return;
        }
        int from = Math.max(selectedIndex.get(), 0);
        selectedIndex.set(Math.floorMod(from + delta, size));
    }

    /** Chooses entry {@code index} (a click or a list selection); out of range is ignored. */
    public void select(int index) {
        if (index >= 0 && index < results.size()) {
            selectedIndex.set(index);
        }
    }

    /** Opens the chosen entry; false when nothing is chosen (the switcher then stays open). */
    public boolean openSelected() {
        Entry entry = selected();
        if (entry == null) {
            return false;
        }
        open(entry);
        return true;
    }

    /** Opens {@code entry}: its conversation, or a private chat with its user. */
    public void open(Entry entry) {
        if (entry.kind() == Kind.USER) {
            openPrivate.accept(entry.userId());
        } else {
            openRoom.accept(entry.room());
        }
    }

    /** Stops following the room list and the user directory. */
    public void dispose() {
        query.removeListener(refresh);
        rooms.removeListener(refresh);
        users.users().removeListener(refresh);
        current.removeListener(refresh);
    }

    private void refresh() {
        String q = fold(Objects.requireNonNullElse(query.get(), "").strip());
        List<Entry> conversations = new ArrayList<>();
        Set<Long> chattingWith = new HashSet<>();
        for (RoomInfo room : rooms) {
            if (room.privateChat()) {
                UserInfo other = users.partnerIn(room, self);
                if (other != null) {
                    chattingWith.add(other.id());
                    conversations.add(new Entry(Kind.PRIVATE_CHAT, shownName(other), room, other.id()));
                    continue;
                }
            }
            conversations.add(new Entry(Kind.ROOM, room.name(), room, 0));
        }
        List<Entry> out = q.isEmpty() ? withoutQuery(conversations) : matching(q, conversations, chattingWith);
        results.setAll(out.size() > MAX_RESULTS ? out.subList(0, MAX_RESULTS) : out);
        selectedIndex.set(results.isEmpty() ? -1 : 0);
    }

    private List<Entry> withoutQuery(List<Entry> conversations) {
        RoomInfo open = current.getValue();
        List<Entry> out = new ArrayList<>(conversations);
        if (open != null) {
            // Stable sort: everything keeps the sidebar's order, the open conversation goes last.
            out.sort(Comparator.comparing(e -> e.room().id() == open.id()));
        }
        return out;
    }

    private List<Entry> matching(String q, List<Entry> conversations, Set<Long> chattingWith) {
        List<Ranked> ranked = new ArrayList<>();
        for (Entry e : conversations) {
            int rank = e.kind() == Kind.PRIVATE_CHAT ? rank(q, names(userOf(e))) : rank(q, List.of(e.name()));
            if (rank >= 0) {
                ranked.add(new Ranked(e, rank, 0, ranked.size()));
            }
        }
        List<UserInfo> people = users.users().values().stream()
                .filter(u -> u.id() != self && !chattingWith.contains(u.id()) && canChatPrivately.test(u.id()))
                .sorted(Comparator.comparing((UserInfo u) -> fold(shownName(u))).thenComparingLong(UserInfo::id))
                .toList();
        for (UserInfo u : people) {
            int rank = rank(q, names(u));
            if (rank >= 0) {
                ranked.add(new Ranked(new Entry(Kind.USER, shownName(u), null, u.id()), rank, 1, ranked.size()));
            }
        }
        ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::group).thenComparingInt(Ranked::order));
        return ranked.stream().map(Ranked::entry).toList();
    }

    private record Ranked(Entry entry, int rank, int group, int order) {
    }

    /** 0 when {@code q} starts a word of one of {@code names}, 1 when it is inside one, -1 when in none. */
    private static int rank(String q, List<String> names) {
        int best = -1;
        for (String name : names) {
            String n = fold(name);
            for (int at = n.indexOf(q); at >= 0; at = n.indexOf(q, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(n.charAt(at - 1))) {
                    return 0;
                }
                best = 1;
            }
        }
        return best;
    }

    /** Lower case without accents, so "Łódź" matches "lodz" ("ł" does not decompose, hence by hand). */
    private static String fold(String s) {
        String lower = s.toLowerCase(Locale.ROOT).replace('ł', 'l');
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** The freshest record of a private chat's other participant (the directory hears profile changes). */
    private UserInfo userOf(Entry e) {
        return users.partnerIn(e.room(), self);
    }

    /** {@code u} is the directory's record already (or a private chat's partner from it). */
    private static String shownName(UserInfo u) {
        String name = u.shownName();
        return name == null ? "" : name;
    }

    private static List<String> names(UserInfo u) {
        List<String> names = new ArrayList<>(2);
        if (u.shownName() != null) {
            names.add(u.shownName());
        }
        if (u.username() != null) {
            names.add(u.username());
        }
        return names;
    }
}
