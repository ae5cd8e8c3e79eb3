package dev.parley.client.model;

import dev.parley.client.i18n.UiText;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.ReplyQuote;
import dev.parley.protocol.model.UserInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * One message of the open room as its row shows it, observable so that pushes change the row in
 * place (an edit, a deletion, a vote sum, a reaction, the author's new profile) without the list
 * being rebuilt or the scroll position lost. The state is the {@link MessageInfo} as this reader
 * sees it, plus the author's {@link UserInfo} (null when the message is anonymous to this reader,
 * or the server did not send the user). Every change bumps {@link #revisionProperty()}: a row
 * listens to that one property of the item it shows.
 *
 * <p>Pushes are the same for every reader, so they lack the reader's own vote and reaction marks
 * ({@code myVote}, {@code mine}); those are kept from the state held (spec M-6, M-12). The id
 * and the time of the first version never change, so ordering by id is ordering by first
 * version (M-3); {@link #time()} is the newest version's time. Mutated on the UI thread only.
 */
public final class MessageItem {
    private final long id;
    private final long me;
    private final ReadOnlyObjectWrapper<MessageInfo> info = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UserInfo> author = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<UiText> banner = new ReadOnlyObjectWrapper<>();
    private final javafx.beans.property.ReadOnlyBooleanWrapper firstUnread = new javafx.beans.property.ReadOnlyBooleanWrapper();

    private MessageItem(MessageInfo message, UserInfo author, long me) {
        this.id = message.id();
        this.me = me;
        this.info.set(message);
        this.author.set(author != null && message.author() != null && author.id() == message.author() ? author : null);
    }

    /**
     * A row for {@code message} as the reader {@code me} received it; {@code author} may be null
     * (anonymous to this reader, or not sent).
     */
    public static MessageItem of(MessageInfo message, UserInfo author, long me) {
        return new MessageItem(message, author, me);
    }

    // Properties

    public ReadOnlyObjectProperty<MessageInfo> infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UserInfo> authorProperty() {
        return author.getReadOnlyProperty();
    }

    /** Bumped on every change of what the row shows, users it names included. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The day banner shown above this message ("Today", a date), or null when it continues a day. */
    public ReadOnlyObjectProperty<UiText> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** Whether the "new messages" divider is shown above this message: the first one unread when the room was opened (spec A-2). */
    public javafx.beans.property.ReadOnlyBooleanProperty firstUnreadProperty() {
        return firstUnread.getReadOnlyProperty();
    }

    // Reading

    public long id() {
        return id;
    }

    public MessageInfo info() {
        return info.get();
    }

    public UserInfo author() {
        return author.get();
    }

    /** The author's id, or -1 when this reader may not know it (an anonymous message by someone else). */
    public long authorId() {
        Long a = info.get().author();
        return a == null ? -1 : a;
    }

    /** Whether the reader wrote it (also when it was posted anonymously). */
    public boolean mine() {
        return authorId() == me;
    }

    /** Whether it was posted anonymously (spec M-7). */
    public boolean anonymous() {
        return info.get().isAnonymousPost();
    }

    /** Whether the row shows "Anonymous" instead of a name: anonymous and not the reader's own. */
    public boolean shownAsAnonymous() {
        return anonymous() && !mine();
    }

    /** The name to show; null when the row shows "Anonymous". */
    public String authorName() {
        if (shownAsAnonymous()) {
            return null;
        }
        UserInfo a = author.get();
        return a != null ? a.shownName() : "#" + authorId();
    }

    /** The author's name colour, sanitized; the neutral fallback for anonymous or unknown authors. */
    public String authorColor() {
        UserInfo a = author.get();
        return UserColors.sanitize(shownAsAnonymous() || a == null ? null : a.color());
    }

    /** The newest version's text; empty for a tombstone or an attachment without text. */
    public String text() {
        String t = info.get().text();
        return t == null ? "" : t;
    }

    /** When the newest version was written: the time the row shows (spec M-3). */
    public Instant time() {
        return info.get().shownTime();
    }

    /** When the first version was written: the order. */
    public Instant created() {
        return info.get().created();
    }

    public boolean edited() {
        return info.get().edited() != null;
    }

    public boolean deleted() {
        return info.get().isTombstone();
    }

    public int score() {
        return info.get().score();
    }

    /** The reader's own vote: 1, -1, or 0 for none. */
    public int myVote() {
        Integer v = info.get().myVote();
        return v == null ? 0 : v;
    }

    public List<Reaction> reactions() {
        return info.get().reactions();
    }

    public ReplyQuote replyTo() {
        return info.get().replyTo();
    }

    public Attachment attachment() {
        return info.get().attachment();
    }

    public List<Long> mentions() {
        return info.get().mentions();
    }

    /** The users the row names besides the author: the quoted author, the mentioned and the reacting users. */
    public List<Long> referencedUsers() {
        List<Long> ids = new ArrayList<>(mentions());
        ReplyQuote q = replyTo();
        if (q != null && q.author() != null) {
            ids.add(q.author());
        }
        reactions().forEach(r -> ids.addAll(r.users()));
        return ids;
    }

    // Changes (UI thread)

    /**
     * Takes the message as now stored (an edit, a deletion, our own reply), keeping the
     * reader's own vote and reaction marks when {@code changed} comes from a push without them,
     * and the author when the push leaves it out.
     */
    public void update(MessageInfo changed, boolean fromPush) {
        MessageInfo old = info.get();
        Long authorId = changed.author() != null ? changed.author() : old.author();
        Integer myVote = fromPush ? old.myVote() : changed.myVote();
        List<Reaction> reactions = fromPush ? keepMine(changed.reactions(), old.reactions()) : changed.reactions();
        set(new MessageInfo(changed.id(), changed.room(), authorId, changed.text(), changed.created(), changed.edited(),
                changed.deleted(), changed.anonymous(), changed.score(), myVote, changed.replyTo(), reactions,
                changed.attachment(), changed.mentions()));
    }

    /** A new vote sum; {@code myVote} (1, -1, 0) when known (our own vote), else null to keep ours. */
    public void score(int score, Integer myVote) {
        MessageInfo m = info.get();
        Integer mine = myVote == null ? m.myVote() : myVote == 0 ? null : myVote;
        set(new MessageInfo(m.id(), m.room(), m.author(), m.text(), m.created(), m.edited(), m.deleted(), m.anonymous(),
                score, mine, m.replyTo(), m.reactions(), m.attachment(), m.mentions()));
    }

    /** Our own reaction's result: that emoji's reaction as we see it now (count 0 removes it). */
    public void reaction(Reaction now) {
        List<Reaction> list = new ArrayList<>(reactions());
        list.removeIf(r -> r.emoji().equals(now.emoji()));
        if (now.count() > 0) {
            list.add(now);
        }
        setReactions(list);
    }

    /**
     * Someone's reaction was added or removed ({@code reactions} push): {@code count} users react
     * with {@code emoji} now; the listed users and our own mark follow {@code user}.
     */
    public void reactionChanged(String emoji, long user, boolean on, int count) {
        List<Reaction> list = new ArrayList<>(reactions());
        Reaction old = list.stream().filter(r -> r.emoji().equals(emoji)).findFirst().orElse(null);
        list.remove(old);
        if (count > 0) {
            List<Long> users = new ArrayList<>(old == null ? List.of() : old.users());
            users.remove(user);
            if (on && users.size() < Limits.MAX_REACTION_USERS) {
                users.add(user);
            }
            boolean mine = user == me ? on : old != null && old.byReader();
            list.add(new Reaction(emoji, count, users, mine));
        }
        setReactions(list);
    }

    /** The author's profile (a {@code user} push or a fetched user). */
    public void author(UserInfo user) {
        if (user != null && user.id() == authorId() && !Objects.equals(user, author.get())) {
            author.set(user);
            touch();
        }
    }

    /** Re-renders the row: a user it names (quote, mention, reaction) became known or changed. */
    public void touch() {
        revision.set(revision.get() + 1);
    }

    /** Sets the day banner (see {@link DayBanners}). */
    public void banner(UiText label) {
        if (!Objects.equals(label, banner.get())) {
            banner.set(label);
        }
    }

    /** Puts the "new messages" divider above this message or takes it away. */
    public void firstUnread(boolean first) {
        firstUnread.set(first);
    }

    private void setReactions(List<Reaction> list) {
        list.sort((a, b) -> Integer.compare(order(a.emoji()), order(b.emoji())));
        MessageInfo m = info.get();
        set(new MessageInfo(m.id(), m.room(), m.author(), m.text(), m.created(), m.edited(), m.deleted(), m.anonymous(),
                m.score(), m.myVote(), m.replyTo(), list, m.attachment(), m.mentions()));
    }

    private static int order(String emoji) {
        int i = Limits.REACTIONS.indexOf(emoji);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static List<Reaction> keepMine(List<Reaction> pushed, List<Reaction> held) {
        return pushed.stream().map(r -> new Reaction(r.emoji(), r.count(), r.users(),
                held.stream().anyMatch(h -> h.emoji().equals(r.emoji()) && h.byReader()))).toList();
    }

    private void set(MessageInfo m) {
        info.set(m);
        touch();
    }

    @Override
    public String toString() {
        return "MessageItem[" + id + " " + info.get() + "]";
    }
}
