package dev.parley.client.ui.login;

import dev.parley.client.net.ChatService;
import dev.parley.protocol.model.UserInfo;

/**
 * The outcome of the login screen: an open, logged-in connection and who we are. {@code
 * shareAddress} is set when this client hosts the chat, null otherwise.
 */
public record LoggedIn(ChatService service, UserInfo user, String address, String shareAddress) {
}
