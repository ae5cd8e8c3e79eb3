package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.Done;

/** Changes the logged-in user's password; every other session of the user is ended. */
public record ChangePassword(String id, String oldPassword, String newPassword) implements Request<Done> {
    public ChangePassword {
        Checks.requestId(id);
        Checks.text(oldPassword, "oldPassword", Limits.MAX_SHORT_TEXT_LENGTH * 2);
        Checks.text(newPassword, "newPassword", Limits.MAX_SHORT_TEXT_LENGTH * 2);
    }

    @Override
    public Class<Done> resultType() {
        return Done.class;
    }

    @Override
    public String toString() {
        return "ChangePassword[id=" + id + ", passwords=<redacted>]";
    }
}
