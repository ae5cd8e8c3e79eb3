package dev.parley.client.ui.chat;

import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.Limits;
import dev.parley.protocol.frame.RoomMembers;
import dev.parley.protocol.model.UserInfo;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * {@code @} completion in the composer (spec M-12): while the caret stands after {@code @} and
 * the start of a name, the room's members whose user or display name starts with it are
 * offered ({@code members {room, prefix}}); Up and Down choose, Enter or Tab insert
 * {@code @username }, Escape closes the list until the word changes.
 *
 * <p>Requests are coalesced rather than timed: at most one is on its way, and while it is, only
 * the newest prefix is remembered and asked for when the answer arrives; an answer for a prefix
 * that is no longer being typed is not shown. Meanwhile the members already offered are filtered
 * by the longer prefix at once, and an answer that was complete (fewer than {@link #LIMIT}) for a
 * prefix serves every longer prefix without asking again. So a fast typist causes a request or
 * two, not one per key, and the list never lags behind the text.
 */
public final class MentionCompletionViewModel {
    /** Most members offered. */
    public static final int LIMIT = 8;

    private final ObservableList<UserInfo> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(false);
    private final ChatService service;
    private final TaskExecutor executor;
    private final LongSupplier room;
    private final Consumer<List<UserInfo>> seen;

    /** The word being completed: where its {@code @} is and what follows it; null when none. */
    private Token token;
    /** The {@code @} position whose list was closed with Escape. */
    private int dismissedAt = -1;
    private boolean inFlight;
    private String queued;
    /** The last answer: for which prefix (in lower case) and whether it held every match. */
    private String answeredPrefix;
    private boolean answerComplete;
    private long answeredRoom = -1;
    private List<UserInfo> answered = List.of();

    /** The text to put in place of {@code [start, end)}, and where the caret goes after it. */
    public record Insertion(int start, int end, String text, int caret) {
    }

    private record Token(int at, String prefix) {
    }

    /**
     * @param room the open room's id (a value below 1 when none)
     * @param seen receives the users of every answer (the chat's user directory takes them)
     */
    public MentionCompletionViewModel(ChatService service, TaskExecutor executor, LongSupplier room,
                                      Consumer<List<UserInfo>> seen) {
        this.service = service;
        this.executor = executor;
        this.room = room;
        this.seen = seen;
    }

    /** The members offered, best first. */
    public ObservableList<UserInfo> suggestions() {
        return FXCollections.unmodifiableObservableList(suggestions);
    }

    /** The index of the chosen suggestion, or -1. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Whether the list is offered. */
    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    // Commands

    /** The composer's text or caret changed. */
    public void update(String text, int caret) {
        Token now = tokenAt(text == null ? "" : text, caret);
        if (now == null || now.at() != dismissedAt) {
            dismissedAt = -1;
        }
        token = now;
        if (now == null || room.getAsLong() < 1 || dismissedAt >= 0) {
            hide();
            return;
        }
        String prefix = now.prefix().toLowerCase(Locale.ROOT);
        if (answeredRoom == room.getAsLong() && answeredPrefix != null && prefix.startsWith(answeredPrefix)
                && (answerComplete || prefix.equals(answeredPrefix))) {
            show(filter(answered, prefix));
            return;
        }
        // Narrow what is offered while the answer for the longer prefix is on its way.
        show(filter(List.copyOf(suggestions), prefix));
        ask(prefix);
    }

    /** Moves the choice by {@code delta} (Up -1, Down +1), wrapping around. */
    public void move(int delta) {
        int n = suggestions.size();
        if (!showing.get() || n == 0) {
            return;
        }
        selected.set(Math.floorMod(selected.get() + delta, n));
    }

    /** Chooses a suggestion by index (a click). */
    public void select(int index) {
        if (index >= 0 && index < suggestions.size()) {
            selected.set(index);
        }
    }

    /**
     * Enter or Tab: the insertion of the chosen member's {@code @username } in place of the word
     * being typed, or null when nothing is offered. Closes the list.
     */
    public Insertion accept() {
        if (!showing.get() || token == null || selected.get() < 0 || selected.get() >= suggestions.size()) {
            return null;
        }
        UserInfo user = suggestions.get(selected.get());
        String insert = "@" + user.username() + " ";
        Insertion result = new Insertion(token.at(), token.at() + 1 + token.prefix().length(), insert, token.at() + insert.length());
        token = null;
        hide();
        return result;
    }

    /** Escape: closes the list until another word is typed. */
    public void dismiss() {
        if (token != null) {
            dismissedAt = token.at();
        }
        hide();
    }

    // Inside

    /** The {@code @word} ending at the caret: {@code @} at the start or after a character that is not a letter or digit. */
    static Token tokenAt(String text, int caret) {
        if (caret < 1 || caret > text.length()) {
            return null;
        }
        int i = caret;
        while (i > 0 && usernameChar(text.charAt(i - 1))) {
            i--;
        }
        if (i < 1 || text.charAt(i - 1) != '@' || caret - i > Limits.MAX_USERNAME_LENGTH) {
            return null;
        }
        int at = i - 1;
        if (at > 0 && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '@')) {
            return null;
        }
        return new Token(at, text.substring(i, caret));
    }

    private static boolean usernameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    }

    private void ask(String prefix) {
        if (inFlight) {
            queued = prefix;
            return;
        }
        inFlight = true;
        long forRoom = room.getAsLong();
        executor.run(() -> service.request(id -> new RoomMembers(id, forRoom, prefix.isEmpty() ? null : prefix, LIMIT)), list -> {
            inFlight = false;
            seen.accept(list.users());
            answeredRoom = forRoom;
            answeredPrefix = prefix;
            answerComplete = list.users().size() < LIMIT;
            answered = list.users();
            answeredOrNext();
        }, e -> {
            inFlight = false;
            answeredOrNext();
        });
    }

    /** After an answer: shows it if it is still wanted, else asks for the newest prefix. */
    private void answeredOrNext() {
        String next = queued;
        queued = null;
        if (token == null || dismissedAt >= 0) {
            return;
        }
        String prefix = token.prefix().toLowerCase(Locale.ROOT);
        if (answeredRoom == room.getAsLong() && answeredPrefix != null && prefix.startsWith(answeredPrefix)
                && (answerComplete || prefix.equals(answeredPrefix))) {
            show(filter(answered, prefix));
        } else if (next != null) {
            ask(prefix);
        }
    }

    private static List<UserInfo> filter(List<UserInfo> users, String prefix) {
        return users.stream().filter(u -> starts(u.username(), prefix) || starts(u.displayName(), prefix)).toList();
    }

    private static boolean starts(String name, String prefix) {
        return name != null && name.toLowerCase(Locale.ROOT).startsWith(prefix);
    }

    private void show(List<UserInfo> users) {
        UserInfo chosen = selected.get() >= 0 && selected.get() < suggestions.size() ? suggestions.get(selected.get()) : null;
        suggestions.setAll(users);
        int keep = chosen == null ? -1 : users.indexOf(chosen);
        selected.set(users.isEmpty() ? -1 : Math.max(0, keep));
        showing.set(!users.isEmpty());
    }

    private void hide() {
        showing.set(false);
        suggestions.clear();
        selected.set(-1);
    }
}
