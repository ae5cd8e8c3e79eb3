package dev.parley.protocol.frame;

import dev.parley.protocol.model.UserInfo;

/**
 * Pushed to every logged-in connection when a user's profile changes (spec ID-4).
 */
public record UserChanged(UserInfo user) implements Push {
    public UserChanged {
        dev.parley.protocol.Checks.required(user, "user");
    }
}
