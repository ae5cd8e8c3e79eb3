package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;

/**
 * Pushed to the connections following a user's presence ({@code watch_presence}) when the user
 * comes online or goes offline (spec A-5). Several connections of one user count as one.
 */
public record PresenceChanged(Long user, Boolean online) implements Push {
    public PresenceChanged {
        Checks.required(user, "user");
        Checks.required(online, "online");
    }
}
