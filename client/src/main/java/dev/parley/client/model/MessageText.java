package dev.parley.client.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a message's text into what its row shows: plain text, links and mentions (specs M-8,
 * M-12). The text is never interpreted as markup: every piece is shown as the literal characters
 * the author wrote, and only the pieces found here become clickable or highlighted.
 *
 * <p>Links: {@code http://}, {@code https://} and {@code www.} (any case), starting the text or
 * after a character that is not a letter or digit, and running to the next space or a character
 * URLs do not hold ({@code < > " `}). Punctuation that ends a sentence ({@code . , ; : ! ?}),
 * quotes and closing brackets without an opening one inside the link are not part of it, so
 * "(see https://x.org/a_(b))." links {@code https://x.org/a_(b)}. A {@code www.} link opens as
 * {@code https://}. Nothing else is ever a link: {@code javascript:}, {@code file:},
 * {@code mailto:} and other schemes stay text.
 *
 * <p>Mentions: {@code @name} at the start or after a character that is not a letter, digit or
 * {@code @} (so {@code ana@example.org} is no mention), where the name is the user name of one of
 * the users the server listed in the message's {@code mentions} (ignoring case). Other
 * {@code @words} stay text: the server decides who was mentioned.
 */
public final class MessageText {
    private static final Pattern LINK_START = Pattern.compile("(?i)https?://|www\\.");
    private static final Pattern MENTION = Pattern.compile("@([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final String TRAILING = ".,;:!?'\"";

    private MessageText() {
    }

    /** What a piece of the text is. */
    public enum Kind {
        TEXT,
        LINK,
        /** A mention of another user. */
        MENTION,
        /** A mention of the reader: shown so that it stands out. */
        MENTION_ME
    }

    /**
     * One piece of the text: {@code text} as written; for links {@code url} is what to open
     * (always {@code http} or {@code https}); for mentions {@code user} is the mentioned id.
     */
    public record Segment(Kind kind, String text, String url, long user) {
        static Segment text(String text) {
            return new Segment(Kind.TEXT, text, null, 0);
        }
    }

    /** A link found in a text: where it is and what to open. */
    public record Link(int start, int end, String url) {
    }

    /**
     * The pieces of {@code text}. {@code mentioned} maps the lower-case user names of the users in
     * the message's {@code mentions} to their ids; {@code me} is the reader's id.
     */
    public static List<Segment> segments(String text, Map<String, Long> mentioned, long me) {
        List<Segment> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int at = 0;
        for (Link link : links(text)) {
            mentions(text.substring(at, link.start()), mentioned, me, out);
            out.add(new Segment(Kind.LINK, text.substring(link.start(), link.end()), link.url(), 0));
            at = link.end();
        }
        mentions(text.substring(at), mentioned, me, out);
        return out;
    }

    /** The links in {@code text}, in order. */
    public static List<Link> links(String text) {
        List<Link> links = new ArrayList<>();
        Matcher m = LINK_START.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            int start = m.start();
            if (start > 0 && Character.isLetterOrDigit(text.codePointBefore(start))) {
                from = m.end();
                continue;
            }
            int end = m.end();
            while (end < text.length() && allowed(text.charAt(end))) {
                end++;
            }
            end = trimEnd(text, m.end(), end);
            if (end > m.end() && Character.isLetterOrDigit(text.codePointAt(m.end()))) {
                String shown = text.substring(start, end);
                String url = shown.regionMatches(true, 0, "www.", 0, 4) ? "https://" + shown : shown;
                links.add(new Link(start, end, url));
                from = end;
            } else {
                from = m.end();
            }
        }
        return links;
    }

    /**
     * Whether {@code url} is one the client may open: {@code http} or {@code https} only (the
     * opener checks again, so no other scheme reaches the browser whatever builds the link).
     */
    public static boolean openable(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && url.length() > lower.indexOf("//") + 2
                && url.chars().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }

    private static boolean allowed(char c) {
        return !Character.isWhitespace(c) && !Character.isISOControl(c) && c != '<' && c != '>' && c != '"' && c != '`';
    }

    /** Drops trailing punctuation and closing brackets that are not balanced inside the link. */
    private static int trimEnd(String text, int min, int end) {
        boolean changed = true;
        while (changed && end > min) {
            changed = false;
            char last = text.charAt(end - 1);
            if (TRAILING.indexOf(last) >= 0) {
                end--;
                changed = true;
            } else if (last == ')' || last == ']' || last == '}') {
                char open = last == ')' ? '(' : last == ']' ? '[' : '{';
                String link = text.substring(min, end);
                if (count(link, open) < count(link, last)) {
                    end--;
                    changed = true;
                }
            }
        }
        return end;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static void mentions(String text, Map<String, Long> mentioned, long me, List<Segment> out) {
        if (text.isEmpty()) {
            return;
        }
        int at = 0;
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (start > 0) {
                int before = text.codePointBefore(start);
                if (Character.isLetterOrDigit(before) || before == '@') {
                    continue;
                }
            }
            // The name as written, or without what ends a sentence: "@tomek." at the end is tomek.
            String name = m.group(1);
            Long user = mentioned.get(name.toLowerCase(Locale.ROOT));
            while (user == null && name.length() > 1 && ".-_".indexOf(name.charAt(name.length() - 1)) >= 0) {
                name = name.substring(0, name.length() - 1);
                user = mentioned.get(name.toLowerCase(Locale.ROOT));
            }
            if (user == null) {
                continue;
            }
            int end = start + 1 + name.length();
            if (start > at) {
                out.add(Segment.text(text.substring(at, start)));
            }
            out.add(new Segment(user == me ? Kind.MENTION_ME : Kind.MENTION, text.substring(start, end), null, user));
            at = end;
        }
        if (at < text.length()) {
            out.add(Segment.text(text.substring(at)));
        }
    }
}
