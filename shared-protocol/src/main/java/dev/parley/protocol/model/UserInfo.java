package dev.parley.protocol.model;

/**
 * A user as other users see it. Identity is the numeric {@code id} (spec ID-1); the names are
 * for display only. {@code color} is the name colour as {@code #rrggbb}.
 */
public record UserInfo(long id, String username, String displayName, String color) {
}
