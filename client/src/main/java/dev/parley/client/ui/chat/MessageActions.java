package dev.parley.client.ui.chat;

import dev.parley.client.model.MessageItem;
import dev.parley.client.model.RoomPermissions;
import dev.parley.client.net.ChatService;
import dev.parley.client.net.TaskExecutor;
import dev.parley.protocol.frame.DeleteMessage;
import dev.parley.protocol.frame.React;
import dev.parley.protocol.frame.RevealAuthor;
import dev.parley.protocol.frame.Vote;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.RoomInfo;
import dev.parley.protocol.model.UserInfo;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the user does to a message of the open room, and what the client offers: vote up or down
 * (spec M-6; clicking one's own vote again removes it), react (M-12; clicking one's reaction
 * again takes it back), delete (M-5: one's own, or anyone's for the room's moderators, its owner
 * and admins), reveal who wrote an anonymous message (admins, M-7), and the versions of an edited
 * message (M-4, anyone who reads the room). The server decides every rule again; a row shows
 * the result the server answered with, not a guess.
 */
public final class MessageActions {
    private final ChatService service;
    private final TaskExecutor executor;
    private final RoomTimeline timeline;
    private final Supplier<RoomPermissions> permissions;
    private final Supplier<Role> role;
    private final Supplier<RoomInfo> room;
    private final Consumer<Throwable> failed;
    private final ReadOnlyObjectWrapper<Revealed> revealed = new ReadOnlyObjectWrapper<>();

    /** Who wrote an anonymous message, as the server told an admin. */
    public record Revealed(long message, UserInfo author) {
    }

    MessageActions(ChatService service, TaskExecutor executor, RoomTimeline timeline, Supplier<RoomPermissions> permissions,
                   Supplier<Role> role, Supplier<RoomInfo> room, Consumer<Throwable> failed) {
        this.service = service;
        this.executor = executor;
        this.timeline = timeline;
        this.permissions = permissions;
        this.role = role;
        this.room = room;
        this.failed = failed;
    }

    /** The author of the last anonymous message revealed, or null. */
    public ReadOnlyObjectProperty<Revealed> revealedProperty() {
        return revealed.getReadOnlyProperty();
    }

    // What is offered

    /** Own messages that are not deleted, in a room that takes messages. */
    public boolean canEdit(MessageItem m) {
        RoomInfo r = room.get();
        return m.mine() && !m.deleted() && r != null && !r.closed();
    }

    public boolean canDelete(MessageItem m) {
        return !m.deleted() && (m.mine() || permissions.get().deleteAnyMessage());
    }

    public boolean canReveal(MessageItem m) {
        Role r = role.get();
        return m.anonymous() && !m.mine() && r != null && r.isAdmin();
    }

    /** Replies, votes and reactions: every message that is not a tombstone. */
    public boolean canRespond(MessageItem m) {
        return !m.deleted();
    }

    // Commands

    /** Votes {@code direction} (1 up, -1 down); the same vote again removes it. */
    public void vote(MessageItem m, int direction) {
        if (!canRespond(m) || (direction != 1 && direction != -1)) {
            return;
        }
        int value = m.myVote() == direction ? 0 : direction;
        executor.run(() -> service.request(id -> new Vote(id, m.id(), value)), timeline::voted, failed);
    }

    /** Adds our reaction with {@code emoji}, or takes it back when we have it. */
    public void toggleReaction(MessageItem m, String emoji) {
        if (!canRespond(m)) {
            return;
        }
        boolean mine = m.reactions().stream().anyMatch(r -> r.emoji().equals(emoji) && r.byReader());
        long roomId = m.info().room();
        executor.run(() -> service.request(id -> new React(id, m.id(), emoji, !mine)),
                (Reaction result) -> timeline.reacted(roomId, m.id(), result), failed);
    }

    /** Deletes the message (the view asks for confirmation first). */
    public void delete(MessageItem m) {
        if (!canDelete(m)) {
            return;
        }
        executor.run(() -> service.request(id -> new DeleteMessage(id, m.id())), stored -> timeline.changed(stored, false), failed);
    }

    public void reveal(MessageItem m) {
        if (!canReveal(m)) {
            return;
        }
        executor.run(() -> service.request(id -> new RevealAuthor(id, m.id())), user -> revealed.set(new Revealed(m.id(), user)),
                failed);
    }

    /** The versions of {@code m}, loading. */
    public VersionsViewModel versions(MessageItem m) {
        VersionsViewModel versions = new VersionsViewModel(service, executor, m.id());
        versions.load();
        return versions;
    }
}
