package dev.parley.protocol.frame;

import dev.parley.protocol.model.Role;

/** Pushed to every connection of a user whose site-wide role changed (admin appointed or removed). */
public record RoleChanged(Role role) implements Push {
    public RoleChanged {
        dev.parley.protocol.Checks.required(role, "role");
    }
}
