package dev.parley.server.messages;

import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.ReplyQuote;
import dev.parley.protocol.model.UserInfo;

/**
 * An upper bound of how many bytes a message or a user takes in an encoded frame, without
 * encoding it, so a history page can stop before it outgrows the largest frame a client
 * accepts ({@link dev.parley.protocol.Limits#MAX_SERVER_FRAME_BYTES}). Text counts as Jackson
 * writes it: UTF-8, with quotes, backslashes and control characters escaped. Every field name
 * and number is counted at its longest, so the bound holds for any content
 * ({@code PageBudgetTest} checks it against the real codec).
 */
final class PageBudget {
    /** Field names, punctuation and every number of a MessageInfo at their longest. */
    private static final int MESSAGE_FIXED = 330;
    private static final int QUOTE_FIXED = 110;
    private static final int REACTION_FIXED = 60;
    private static final int ATTACHMENT_FIXED = 320;
    private static final int USER_FIXED = 100;
    /** A number of up to 19 digits (ids) and a comma. */
    private static final int ID = 21;

    private PageBudget() {
    }

    static int message(MessageInfo m) {
        int bytes = MESSAGE_FIXED + string(m.text());
        ReplyQuote q = m.replyTo();
        if (q != null) {
            bytes += QUOTE_FIXED + string(q.excerpt()) + string(q.attachmentName());
        }
        for (Reaction r : m.reactions()) {
            bytes += REACTION_FIXED + string(r.emoji()) + ID * r.users().size();
        }
        Attachment a = m.attachment();
        if (a != null) {
            bytes += ATTACHMENT_FIXED + string(a.id()) + string(a.kind()) + string(a.name()) + string(a.type())
                    + string(a.thumbnail());
        }
        return bytes + ID * m.mentions().size();
    }

    static int user(UserInfo u) {
        return USER_FIXED + string(u.username()) + string(u.displayName()) + string(u.color()) + string(u.status())
                + string(u.avatar());
    }

    /** Bytes of a JSON string value with its quotes (0 for null: the field is left out). */
    static int string(String s) {
        if (s == null) {
            return 0;
        }
        int bytes = 2;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                bytes += 2;
            } else if (c < 0x20) {
                bytes += 6; // \\u00XX at worst
            } else if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes += 6; // a lone surrogate may be written escaped
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
