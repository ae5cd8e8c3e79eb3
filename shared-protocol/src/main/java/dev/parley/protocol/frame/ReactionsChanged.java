package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;

/**
 * Pushed to a room's subscribers (but the connection that reacted) when a user adds
 * ({@code on} true) or removes a reaction: which message, which emoji, who, and how many users
 * now react with that emoji. The same for every reader; a client knows the reaction is its own
 * when {@code user} is itself.
 */
public record ReactionsChanged(Long room, Long message, String emoji, Long user, Boolean on, Integer count)
        implements Push {
    public ReactionsChanged {
        Checks.required(room, "room");
        Checks.required(message, "message");
        Checks.required(emoji, "emoji");
        Checks.required(user, "user");
        Checks.required(on, "on");
        Checks.required(count, "count");
    }
}
