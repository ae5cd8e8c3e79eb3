package dev.parley.server.messages;

import dev.parley.protocol.Limits;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.ReplyQuote;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * What one reader gets of a stored message: the one place that decides what is hidden (specs
 * M-5, M-6, M-7, M-12). An anonymous message's author, and an anonymous quoted message's author,
 * are shown only to that author; a tombstone carries no text, attachment, quote, mentions or
 * reactions, and no vote; the reader's own vote and reactions are shown only in that reader's
 * personal copy (replies and pages), never in pushes, which are the same for many readers.
 */
final class MessageView {
    private MessageView() {
    }

    /**
     * @param viewer   who reads it (decides anonymity), or null for everyone but the authors involved
     * @param personal whether to include {@code viewer}'s own vote and reactions (not in pushes)
     */
    static MessageInfo of(StoredMessage m, Extras x, Long viewer, boolean personal) {
        Long author = !m.anonymous() || isViewer(viewer, m.author()) ? m.author() : null;
        if (m.deleted()) {
            return new MessageInfo(m.id(), m.room(), author, null, m.created(), m.edited(), true, m.anonymous(), m.score(),
                    null, null, List.of(), null, List.of());
        }
        Set<String> mine = personal ? x.mine(m.id()) : Set.of();
        List<Reaction> reactions = new ArrayList<>();
        for (Tally t : x.reactions(m.id())) {
            reactions.add(new Reaction(t.emoji(), t.count(), t.firstUsers(), mine.contains(t.emoji())));
        }
        ReplyQuote quote = m.replyTo() == null ? null : quote(m.replyTo(), x.quote(m.replyTo()), viewer);
        return new MessageInfo(m.id(), m.room(), author, m.text(), m.created(), m.edited(), false, m.anonymous(), m.score(),
                personal ? x.vote(m.id()) : null, quote, reactions, m.attachment(), x.mentions(m.id()));
    }

    /** The quote of message {@code id} as {@code viewer} sees it; a missing row shows as deleted. */
    static ReplyQuote quote(long id, Quoted q, Long viewer) {
        if (q == null) {
            return new ReplyQuote(id, null, null, true, null);
        }
        Long author = !q.anonymous() || isViewer(viewer, q.author()) ? q.author() : null;
        if (q.deleted()) {
            return new ReplyQuote(q.id(), author, null, true, null);
        }
        return new ReplyQuote(q.id(), author, excerpt(q.text()), false, q.attachmentName());
    }

    /** The start of a text, at most {@link Limits#QUOTE_LENGTH} code points (never splitting a surrogate pair). */
    static String excerpt(String text) {
        if (text.codePointCount(0, text.length()) <= Limits.QUOTE_LENGTH) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, Limits.QUOTE_LENGTH));
    }

    /**
     * The users whose copy of a push about this message differs from everyone else's: the
     * author of an anonymous message and of an anonymous quoted one. Empty for most messages,
     * which then go out as one shared copy.
     */
    static Set<Long> viewersApart(StoredMessage m, Extras x) {
        Set<Long> apart = new LinkedHashSet<>();
        if (m.anonymous()) {
            apart.add(m.author());
        }
        if (!m.deleted() && m.replyTo() != null) {
            Quoted q = x.quote(m.replyTo());
            if (q != null && q.anonymous()) {
                apart.add(q.author());
            }
        }
        return apart;
    }

    /** Every user a shown message refers to: author, quoted author, mentioned and listed reacting users. */
    static void referredUsers(MessageInfo m, LongConsumer sink) {
        if (m.author() != null) {
            sink.accept(m.author());
        }
        if (m.replyTo() != null && m.replyTo().author() != null) {
            sink.accept(m.replyTo().author());
        }
        m.mentions().forEach(sink::accept);
        for (Reaction r : m.reactions()) {
            r.users().forEach(sink::accept);
        }
    }

    private static boolean isViewer(Long viewer, long user) {
        return viewer != null && viewer == user;
    }
}
