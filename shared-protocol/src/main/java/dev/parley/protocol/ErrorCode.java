package dev.parley.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Stable error codes carried by {@code error} frames. Codes are part of the protocol: clients
 * translate them into display text, so a code is never renamed, only added.
 */
public enum ErrorCode {
    /** The frame is not well-formed JSON, or not a JSON object. */
    MALFORMED_FRAME,
    /** The frame is larger than {@link Limits#MAX_FRAME_BYTES}. */
    FRAME_TOO_LARGE,
    /** The JSON breaks a read limit: nesting, number or string length, duplicate key. */
    LIMIT_EXCEEDED,
    /** The {@code type} is missing or names no request. */
    UNKNOWN_TYPE,
    /** A required field is absent; {@code params.field} names it. */
    MISSING_FIELD,
    /** A field has the wrong type or a value out of range; {@code params.field} names it. */
    INVALID_FIELD,
    /** Message text longer than {@link Limits#MAX_TEXT_LENGTH}; {@code params.max}. */
    TEXT_TOO_LONG,
    /** Message text empty or only whitespace. */
    TEXT_EMPTY,
    /** The client speaks a protocol version the server does not; {@code params.supported}. */
    UNSUPPORTED_PROTOCOL,
    /** The request needs a logged-in session. */
    NOT_AUTHENTICATED,
    /** Register or login on a connection that is already logged in. */
    ALREADY_AUTHENTICATED,
    /** Unknown user name or wrong password (never says which). */
    BAD_CREDENTIALS,
    /** Too many failed logins; {@code params.retryAfterSeconds}. */
    TOO_MANY_ATTEMPTS,
    /** The session token is unknown, expired or revoked. */
    SESSION_INVALID,
    /** The user name is already registered. */
    USERNAME_TAKEN,
    /** The server does not allow open registration. */
    REGISTRATION_CLOSED,
    /** The password does not meet the policy; {@code params.min}, {@code params.max}. */
    WEAK_PASSWORD,
    /** The room does not exist (or the user may not know it exists). */
    ROOM_NOT_FOUND,
    /** The room is closed and takes no new messages. */
    ROOM_CLOSED,
    /**
     * The connection already has {@code params.max} requests waiting for their replies; wait for
     * some before sending more.
     */
    TOO_MANY_REQUESTS,
    /** The caller's role does not allow this (or the target ranks as high as the caller). */
    FORBIDDEN,
    /**
     * The caller is banned from the room ({@code params.room}), or from every room when it is
     * absent; {@code params.until} (ISO-8601, absent when indefinite) and {@code params.reason}.
     */
    BANNED,
    /** The caller is muted here: may read, not post; {@code params.until}, {@code params.reason} as for banned. */
    MUTED,
    /** Slowmode: the caller may post in this room again in {@code params.retryAfterSeconds}. */
    SLOWMODE,
    /** Too many messages from this user or address; {@code params.retryAfterSeconds}. */
    RATE_LIMITED,
    /** No user with that id or name. */
    USER_NOT_FOUND,
    /** A public room with that name (case-insensitive) exists. */
    ROOM_NAME_TAKEN,
    /** The caller already owns {@code params.max} rooms. */
    TOO_MANY_ROOMS,
    /** The server does not allow guests. */
    GUESTS_DISABLED,
    /** No such ban or mute (or it was cancelled). */
    RESTRICTION_NOT_FOUND,
    /** No such message, or the caller may not read its room. */
    MESSAGE_NOT_FOUND,
    /** The message was deleted: it cannot be edited, voted on or reacted to. */
    MESSAGE_DELETED,
    /** Anonymous posting is for public rooms only, not private chats (spec M-7). */
    ANONYMOUS_NOT_ALLOWED,
    /** The upload is larger than the server allows for its kind; {@code params.max} in bytes. */
    FILE_TOO_LARGE,
    /**
     * The content is not a picture of an allowed type (PNG, JPEG, GIF, WebP), whatever its name
     * says, or it cannot be decoded.
     */
    UNSUPPORTED_PICTURE,
    /** The picture has more pixels than the server allows ({@code params.max}); found before decoding it. */
    PICTURE_TOO_LARGE,
    /** No such upload in progress (unknown, finished, or expired), or the chunk's offset is not the next byte. */
    UPLOAD_NOT_FOUND,
    /** The bytes received do not match the size or the SHA-256 the client gave. */
    UPLOAD_MISMATCH,
    /** No such stored content, or the caller may not see it. */
    BLOB_NOT_FOUND,
    /** The connection already has {@code params.max} uploads in progress; finish one first. */
    TOO_MANY_UPLOADS,
    /** The server is shutting down or failed unexpectedly; the request may be retried. */
    INTERNAL;

    /** Wire form: lower case, for example {@code room_not_found}. */
    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire form; unknown codes (from a newer server) become {@link #INTERNAL}. */
    @JsonCreator
    public static ErrorCode fromWire(String wire) {
        if (wire == null) {
            return INTERNAL;
        }
        try {
            return valueOf(wire.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return INTERNAL;
        }
    }
}
