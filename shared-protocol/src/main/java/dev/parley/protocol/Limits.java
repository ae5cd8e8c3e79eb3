package dev.parley.protocol;

/**
 * Every size and count limit of the wire protocol, in one place.
 *
 * <p>The server enforces these on every incoming frame; the codec sets Jackson's
 * {@code StreamReadConstraints} from them so an oversized or deeply nested document is refused
 * before it is turned into objects. Clients may read them to validate early, but the server
 * never trusts a client to have done so.
 */
public final class Limits {
    /** Largest text frame the codec accepts, in bytes of UTF-8. */
    public static final int MAX_FRAME_BYTES = 64 * 1024;
    /**
     * WebSocket incoming buffer: frames above this are refused by the transport itself, which
     * closes the connection (1009). Frames between {@link #MAX_FRAME_BYTES} and this size get a
     * {@code frame_too_large} error and the connection stays usable.
     */
    public static final int TRANSPORT_BUFFER_BYTES = 4 * MAX_FRAME_BYTES;
    /**
     * Largest frame a client accepts from the server. Replies can be larger than requests (a
     * history page of long messages); the server keeps every frame within this, and it fits the
     * clients' WebSocket buffer.
     */
    public static final int MAX_SERVER_FRAME_BYTES = TRANSPORT_BUFFER_BYTES;
    /** Deepest JSON nesting accepted; frames are shallow, so this is generous. */
    public static final int MAX_NESTING_DEPTH = 16;
    /** Longest JSON number literal, in characters. */
    public static final int MAX_NUMBER_LENGTH = 24;
    /** Longest message text, in Unicode code points. */
    public static final int MAX_TEXT_LENGTH = 4000;
    /** Longest client-chosen request id, in characters. */
    public static final int MAX_REQUEST_ID_LENGTH = 64;
    /** Username: 3 to 32 characters from {@link #USERNAME_PATTERN}. */
    public static final int MIN_USERNAME_LENGTH = 3;
    public static final int MAX_USERNAME_LENGTH = 32;
    /** Letters, digits, dot, dash and underscore; starts with a letter or digit. */
    public static final String USERNAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    /** Password length in characters; the upper bound caps the work of hashing. */
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MAX_PASSWORD_LENGTH = 128;
    /** Display name length in code points. */
    public static final int MAX_DISPLAY_NAME_LENGTH = 64;
    /** Room name and topic lengths in code points. */
    public static final int MAX_ROOM_NAME_LENGTH = 64;
    public static final int MAX_TOPIC_LENGTH = 256;
    /** History page size: default and maximum. */
    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 100;
    /**
     * Most UTF-8 bytes of message text in one history page. A page stops early (with
     * {@code hasMore}) rather than exceed it, so that even a page of the longest messages,
     * escaped as JSON, stays well inside {@link #TRANSPORT_BUFFER_BYTES}.
     */
    public static final int MAX_PAGE_TEXT_BYTES = 96 * 1024;
    /** Longest session token accepted (tokens are 43 characters of base64url). */
    public static final int MAX_TOKEN_LENGTH = 64;
    /** Longest slowmode cooldown a room can have: one day. */
    public static final int MAX_SLOWMODE_SECONDS = 86_400;
    /** Shortest and longest time-limited ban or mute: one minute to one year. */
    public static final long MIN_BAN_SECONDS = 60;
    public static final long MAX_BAN_SECONDS = 366L * 24 * 3600;
    /** Longest reason given for a ban, mute or address block, in code points. */
    public static final int MAX_REASON_LENGTH = 500;
    /** Longest IP address literal (an IPv6 address with a zone fits). */
    public static final int MAX_ADDRESS_LENGTH = 64;
    /** Status line length in code points (spec ID-4). */
    public static final int MAX_STATUS_LENGTH = 100;
    /** Longest file name of an upload, in code points. */
    public static final int MAX_FILE_NAME_LENGTH = 255;
    /** Most users asked for or returned by one {@code users} or {@code members} request. */
    public static final int MAX_USERS_PER_REQUEST = 100;
    /** How much of a quoted message a reply carries, in code points. */
    public static final int QUOTE_LENGTH = 200;
    /** Most reacting users listed per emoji of a message; the rest are only counted. */
    public static final int MAX_REACTION_USERS = 10;
    /** Most distinct users one message can mention; further {@code @names} stay plain text. */
    public static final int MAX_MENTIONS = 20;
    /** Uploads one connection may have in progress at once. */
    public static final int MAX_UPLOADS_IN_PROGRESS = 3;
    /** The emoji a message can be reacted with (spec M-12: a small set), in display order. */
    public static final java.util.List<String> REACTIONS = java.util.List.of(
            "\uD83D\uDC4D", "\u2764\uFE0F", "\uD83D\uDE02", "\uD83C\uDF89", "\uD83D\uDE2E", "\uD83D\uDE22", "\uD83D\uDC40", "\uD83D\uDE4F");
    /**
     * Largest piece of an upload, in bytes before base64: 36 KiB become 48 KiB of base64, which
     * with the rest of the frame stays inside {@link #MAX_FRAME_BYTES}.
     */
    public static final int UPLOAD_CHUNK_BYTES = 36 * 1024;
    /** Largest piece of stored content in one {@code fetch} reply, in bytes before base64. */
    public static final int FETCH_CHUNK_BYTES = 128 * 1024;
    /** Longer side of a picture's thumbnail, in pixels. */
    public static final int THUMBNAIL_SIZE = 320;
    /** Side of a (square) avatar picture, in pixels. */
    public static final int AVATAR_SIZE = 128;
    /** Unread counts stop at this many: a conversation with more shows "999+" (counting stays cheap). */
    public static final int MAX_UNREAD_COUNT = 1000;
    /** Most rooms one {@code watch} may name. */
    public static final int MAX_WATCHED_ROOMS = 1000;
    /** Most users one connection may follow the presence of. */
    public static final int MAX_PRESENCE_USERS = 1000;
    /** Longest free-text field not covered above (client name and the like). */
    public static final int MAX_SHORT_TEXT_LENGTH = 128;

    private Limits() {
    }
}
