package dev.parley.server.profiles;

import dev.parley.protocol.frame.UpdateProfile;
import dev.parley.protocol.frame.UserChanged;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.transport.Connection;
import dev.parley.server.transport.Connections;
import dev.parley.server.transport.Dispatcher;
import dev.parley.server.transport.Dispatcher.Access;
import dev.parley.server.transport.Topics;
import java.util.concurrent.CompletionStage;

/**
 * The {@code update_profile} frame, and its effect on live connections: once the change is
 * stored, every logged-in connection (the caller's too) gets a {@code user} push with the new
 * UserInfo, so names, colours, status lines and avatars change live in every client.
 */
public final class ProfilesHandler {
    private final ProfilesService profiles;
    private final Topics topics;
    private final Connections connections;

    public ProfilesHandler(ProfilesService profiles, Topics topics, Connections connections) {
        this.profiles = profiles;
        this.topics = topics;
        this.connections = connections;
    }

    public void register(Dispatcher d) {
        d.registerAsync(UpdateProfile.class, Access.USER, this::update);
    }

    private CompletionStage<UserInfo> update(Connection connection, UpdateProfile q) {
        return profiles.update(connection.userId(), q.displayName(), q.color(), q.status(), q.avatar())
                .thenApply(user -> {
                    topics.push(connections.matching(Connection::isAuthenticated), new UserChanged(user));
                    return user;
                });
    }
}
