package dev.parley.protocol.model;

import java.util.List;

/** A list of users (moderators, blocked users, admins), in display order. */
public record UserList(List<UserInfo> users) {
    public UserList {
        users = List.copyOf(users);
    }
}
