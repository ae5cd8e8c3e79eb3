package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.ErrorCode;
import dev.parley.protocol.Limits;
import dev.parley.protocol.ParleyException;
import dev.parley.protocol.model.UserInfo;

/**
 * Changes the caller's profile (spec ID-4); absent fields stay. {@code color} is {@code #rrggbb};
 * an empty {@code status} clears it; {@code avatar} is the id of an uploaded picture (the server
 * crops it square and scales it down) or empty to remove it. Every logged-in connection gets a
 * {@code user} push.
 */
public record UpdateProfile(String id, String displayName, String color, String status, String avatar) implements Request<UserInfo> {
    public UpdateProfile {
        Checks.requestId(id);
        if (displayName != null) {
            Checks.text(displayName, "displayName", Limits.MAX_DISPLAY_NAME_LENGTH);
        }
        if (color != null && !color.matches("#[0-9a-fA-F]{6}")) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "color");
        }
        if (status != null && status.codePointCount(0, status.length()) > Limits.MAX_STATUS_LENGTH) {
            throw ParleyException.field(ErrorCode.INVALID_FIELD, "status");
        }
        if (avatar != null && !avatar.isEmpty()) {
            Checks.blobId(avatar, "avatar");
        }
        if (displayName == null && color == null && status == null && avatar == null) {
            throw ParleyException.field(ErrorCode.MISSING_FIELD, "displayName");
        }
    }

    @Override
    public Class<UserInfo> resultType() {
        return UserInfo.class;
    }
}
