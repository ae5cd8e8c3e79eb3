package dev.parley.server.profiles;

import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.Role;
import dev.parley.protocol.model.UserInfo;
import dev.parley.server.accounts.AccountsService;
import dev.parley.server.accounts.UserDirectory;
import dev.parley.server.attachments.AttachmentsService;
import dev.parley.server.rooms.RoomsService;
import dev.parley.server.storage.GroupCommitter;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Profile rules (spec ID-4): a user changes their own display name, name colour (stored in
 * lower case), status line (stripped; empty clears it) and avatar (made by the picture pipeline
 * from one of their own uploaded pictures; empty removes it). Guests cannot: their name and
 * colour are the server's to give. Changes are written through the group committer; then the
 * user directory and the room cache forget the old profile, so every UserInfo the server sends
 * afterwards carries the new one.
 */
public final class ProfilesService {
    private final GroupCommitter writer;
    private final UserDirectory users;
    private final AttachmentsService attachments;
    private final RoomsService rooms;
    private final Profiles profiles = new Profiles();

    public ProfilesService(GroupCommitter writer, UserDirectory users, AttachmentsService attachments, RoomsService rooms) {
        this.writer = writer;
        this.users = users;
        this.attachments = attachments;
        this.rooms = rooms;
    }

    /**
     * Changes the fields that are not null; completes with the user as now stored. Fails with
     * {@code forbidden} for guests, {@code invalid_field} for a bad display name or status, and
     * the avatar's refusals ({@code blob_not_found}, {@code unsupported_picture}).
     */
    public CompletableFuture<UserInfo> update(long user, String displayName, String color, String status, String avatar) {
        if (users.role(user) == Role.GUEST) {
            throw new ParleyException(ErrorCode.FORBIDDEN);
        }
        String name = displayName == null ? null : AccountsService.checkDisplayName(displayName);
        String colour = color == null ? null : color.toLowerCase(Locale.ROOT);
        String line = status == null ? null : checkStatus(status);
        UserInfo before = users.get(user);
        CompletableFuture<String> avatarId;
        if (avatar == null || avatar.isEmpty() || avatar.equals(before.avatar())) {
            // absent, removed, or the avatar it already is: nothing to make
            avatarId = CompletableFuture.completedFuture(avatar);
        } else {
            avatarId = attachments.avatar(user, avatar);
        }
        return avatarId.thenCompose(newAvatar -> writer.submit(c -> {
            if (name != null) {
                profiles.displayName(c, user, name);
            }
            if (colour != null) {
                profiles.color(c, user, colour);
            }
            if (line != null) {
                profiles.status(c, user, line.isEmpty() ? null : line);
            }
            if (newAvatar != null) {
                profiles.avatar(c, user, newAvatar.isEmpty() ? null : newAvatar);
            }
            return null;
        })).thenApply(done -> {
            users.invalidate(user);
            rooms.userChanged(user);
            return users.get(user);
        });
    }

    /** A status line as stored: stripped, one line, no control characters ({@code invalid_field}). */
    static String checkStatus(String status) {
        String s = status.strip();
        if (s.codePoints().anyMatch(Character::isISOControl)) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "status");
        }
        return s;
    }
}
