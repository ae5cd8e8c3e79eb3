package dev.parley.protocol;

/**
 * The UTF-8 size of text without encoding it. Size limits are in bytes of UTF-8, and they are
 * checked on every frame (both ways) and every history page: encoding a copy only to measure
 * it would allocate on the hottest paths.
 */
public final class Utf8 {
    private Utf8() {
    }

    /** Bytes {@code text} takes in UTF-8 (an unpaired surrogate counts as 3, never fewer). */
    public static int length(CharSequence text) {
        int n = text.length();
        int bytes = n;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (c < 0x800) {
                bytes += 1;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 2; // two chars, four bytes
                i++;
            } else {
                bytes += 2;
            }
        }
        return bytes;
    }

    /** Whether {@code text} fits {@code maxBytes} of UTF-8; short text is decided without a scan. */
    public static boolean fits(CharSequence text, int maxBytes) {
        int chars = text.length();
        if (chars > maxBytes) {
            return false;
        }
        return (long) chars * 3 <= maxBytes || length(text) <= maxBytes;
    }
}
