package dev.parley.client.notify;

/**
 * Text rules for notifications, kept in one place so the D-Bus bubble, the tray balloon and the
 * in-app list agree. Messages are plain text from other users: control characters go (a bubble
 * is no terminal), runs of spaces and blank lines shrink, and a long text is cut on a code point
 * boundary (never inside a surrogate pair), at a word break when one is near, with an ellipsis.
 * {@link #escapeMarkup} is for notification servers that read the body as markup (D-Bus
 * {@code body-markup}): without it a message containing {@code <b>} would render bold, and a
 * lone {@code &} or {@code <} could make the server drop the body.
 */
public final class NotificationText {
    static final String ELLIPSIS = "\u2026";
    /** How far back from the limit a cut may move to land on a space instead of inside a word. */
    private static final int WORD_BREAK_WINDOW = 20;

    private NotificationText() {
    }

    /**
     * The text as plain, tidy lines: CR LF and CR become LF, tabs and other blanks become one
     * space, control and format characters are dropped, at most one empty line in a row, and
     * the ends trimmed.
     */
    public static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                if (i < text.length() && text.charAt(i) == '\n') {
                    continue;
                }
                cp = '\n';
            }
            if (cp == '\n') {
                newlines++;
                space = false;
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                space = true;
                continue;
            }
            int type = Character.getType(cp);
            if (type == Character.CONTROL || (type == Character.FORMAT && cp != 0x200D)) {
                // Bidi overrides and zero-width tricks have no place in a preview; the zero
                // width joiner stays, it holds emoji sequences together.
                continue;
            }
            if (out.length() > 0) {
                if (newlines > 0) {
                    out.append(newlines > 1 ? "\n\n" : "\n");
                } else if (space) {
                    out.append(' ');
                }
            }
            newlines = 0;
            space = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    /** {@link #plain} on one line: line breaks become spaces (titles, summaries). */
    public static String oneLine(String text) {
        return plain(text).replace("\n\n", " ").replace('\n', ' ');
    }

    /**
     * {@code text} if it has at most {@code limit} code points; otherwise its start plus an
     * ellipsis, {@code limit} code points in all, cut after a word when a space lies within the
     * last few code points before the limit.
     */
    public static String shorten(String text, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (text.codePointCount(0, text.length()) <= limit) {
            return text;
        }
        int end = text.offsetByCodePoints(0, limit - 1);
        int space = Math.max(text.lastIndexOf(' ', end), text.lastIndexOf('\n', end));
        if (space > 0 && text.codePointCount(space, end) <= WORD_BREAK_WINDOW) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** Escapes the three characters the notification markup knows ({@code & < >}) as entities. */
    public static String escapeMarkup(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
