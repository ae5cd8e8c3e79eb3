package dev.parley.protocol.model;

/**
 * A user as other users see it. Identity is the numeric {@code id} (spec ID-1); the names are
 * for display only. {@code color} is the name colour as {@code #rrggbb}. Profile (spec ID-4):
 * {@code status} is a short status line or null; {@code avatar} is the id of a square avatar
 * picture (fetched like any other picture) or null.
 */
public record UserInfo(long id, String username, String displayName, String color, String status, String avatar) {

    /** A user without status line or avatar. */
    public UserInfo(long id, String username, String displayName, String color) {
        this(id, username, displayName, color, null, null);
    }

    /** The display name, or the user name when there is none. */
    public String shownName() {
        return displayName != null && !displayName.isBlank() ? displayName : username;
    }
}
