package dev.parley.client.media;

import dev.parley.client.i18n.Localization;
import dev.parley.client.i18n.UiText;

/**
 * A size in bytes as people read it, in the UI language: "820 B", "14.2 kB", "1.4 MB" ("1,4 MB" in
 * Polish). Decimal units (1 kB = 1000 bytes), as file managers on Linux and macOS show them, with
 * at most one decimal; a value that would round up to 1000 of a unit is shown in the next one.
 */
public final class SizeFormat {
    private static final String[] UNITS = {"media.size.bytes", "media.size.kb", "media.size.mb", "media.size.gb"};

    private SizeFormat() {
    }

    /** The size as a translatable text. */
    public static UiText text(long bytes) {
        if (bytes < 1000) {
            return UiText.of("media.size.bytes", Math.max(0, bytes));
        }
        double value = bytes;
        int unit = 0;
        while (unit < UNITS.length - 1 && Math.round(value * 10) / 10.0 >= 1000) {
            value /= 1000;
            unit++;
        }
        return UiText.of(UNITS[unit], Math.round(value * 10) / 10.0);
    }

    /** The size in the current language. */
    public static String format(Localization i18n, long bytes) {
        return i18n.get(text(bytes));
    }
}
