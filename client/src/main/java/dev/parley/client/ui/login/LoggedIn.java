package dev.parley.client.ui.login;

import dev.parley.client.net.ChatService;
import dev.parley.protocol.model.UserInfo;

/**
 * The outcome of the login screen: an open, logged-in connection, who we are and the address
 * connected to. Whether this client also hosts a chat is the {@link dev.parley.client.net.Hosting}'s
 * to say, since hosting outlives a login.
 */
public record LoggedIn(ChatService service, UserInfo user, String address) {
}
