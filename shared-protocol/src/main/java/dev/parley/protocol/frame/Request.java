package dev.parley.protocol.frame;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A frame a client sends. It carries a client-chosen {@code id}; the server answers it with
 * exactly one {@link Ok} (whose result has type {@code R}) or one {@link ErrorReply}, both
 * carrying the same id.
 *
 * @param <R> the type of the result inside the {@code ok}
 */
public sealed interface Request<R> extends Frame
        permits Hello, Register, Login, Resume, Logout, ChangePassword, ListRooms, OpenRoom, CloseRoom,
                SendMessage, FetchHistory, GuestLogin, CreateRoom, UpdateRoom, Appoint, Demote, SetRole, ListAdmins,
                FindUser, Ban, Unban, CancelBan, ListBans, MyRestrictions, BlockUser, UnblockUser, ListBlocks,
                BlockAddress, UnblockAddress, ListAddressBlocks, UserAddresses, ReadAudit, EditMessage, MessageVersions,
                DeleteMessage, Vote, React, RoomMembers, FetchUsers, RevealAuthor, UpdateProfile, StartUpload, UploadChunk,
                FinishUpload, FetchBlob, StartPrivate, ListConversations, WatchRooms, MarkRead, SetNotify, WatchPresence {
    String id();

    /** The result type, so a client can decode the {@code ok} it gets back. */
    @JsonIgnore
    Class<R> resultType();
}
