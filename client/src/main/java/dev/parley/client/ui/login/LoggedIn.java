package dev.parley.client.ui.login;

import dev.parley.client.net.ChatService;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;

/**
 * The outcome of the login screen: an open, logged-in connection, who we are, our site-wide
 * role and the address connected to. Whether this client also hosts a chat is the
 * {@link dev.parley.client.net.Hosting}'s to say, since hosting outlives a login.
 */
public record LoggedIn(ChatService service, UserInfo user, Role role, String address) {
    public LoggedIn {
        role = role == null ? Role.USER : role;
    }

    /** A plain user's login. */
    public LoggedIn(ChatService service, UserInfo user, String address) {
        this(service, user, Role.USER, address);
    }
}
