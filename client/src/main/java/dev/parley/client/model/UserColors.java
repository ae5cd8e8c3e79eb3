package dev.parley.client.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name colours come from other users through the server, so they are untrusted text: only a
 * strict {@code #rrggbb} is used as a colour, anything else falls back to a neutral default.
 * This keeps CSS injection and parse errors out of the views.
 */
public final class UserColors {
    /** Used when a user has no valid colour. */
    public static final String FALLBACK = "#5b6b7c";
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private UserColors() {
    }

    /** The colour as lower-case {@code #rrggbb}, or {@link #FALLBACK} when it is not one. */
    public static String sanitize(String color) {
        if (color == null || !HEX.matcher(color).matches()) {
            return FALLBACK;
        }
        return color.toLowerCase(Locale.ROOT);
    }
}
