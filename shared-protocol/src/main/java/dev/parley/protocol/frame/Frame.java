package dev.parley.protocol.frame;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Every frame of the Parley protocol: one sealed hierarchy of records, told apart on the wire
 * by the {@code type} property. The list below is the closed set of frame types; a test checks
 * it against the permitted subclasses so the two cannot drift. No Jackson default typing is
 * ever enabled: only these names decode.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Hello.class, name = "hello"),
    @JsonSubTypes.Type(value = Register.class, name = "register"),
    @JsonSubTypes.Type(value = Login.class, name = "login"),
    @JsonSubTypes.Type(value = Resume.class, name = "resume"),
    @JsonSubTypes.Type(value = Logout.class, name = "logout"),
    @JsonSubTypes.Type(value = ChangePassword.class, name = "change_password"),
    @JsonSubTypes.Type(value = ListRooms.class, name = "rooms"),
    @JsonSubTypes.Type(value = OpenRoom.class, name = "open"),
    @JsonSubTypes.Type(value = CloseRoom.class, name = "close"),
    @JsonSubTypes.Type(value = SendMessage.class, name = "send"),
    @JsonSubTypes.Type(value = FetchHistory.class, name = "history"),
    @JsonSubTypes.Type(value = GuestLogin.class, name = "guest"),
    @JsonSubTypes.Type(value = CreateRoom.class, name = "create_room"),
    @JsonSubTypes.Type(value = UpdateRoom.class, name = "update_room"),
    @JsonSubTypes.Type(value = Appoint.class, name = "appoint"),
    @JsonSubTypes.Type(value = Demote.class, name = "demote"),
    @JsonSubTypes.Type(value = SetRole.class, name = "set_role"),
    @JsonSubTypes.Type(value = ListAdmins.class, name = "admins"),
    @JsonSubTypes.Type(value = FindUser.class, name = "find_user"),
    @JsonSubTypes.Type(value = Ban.class, name = "ban"),
    @JsonSubTypes.Type(value = Unban.class, name = "unban"),
    @JsonSubTypes.Type(value = CancelBan.class, name = "cancel_ban"),
    @JsonSubTypes.Type(value = ListBans.class, name = "bans"),
    @JsonSubTypes.Type(value = MyRestrictions.class, name = "my_restrictions"),
    @JsonSubTypes.Type(value = BlockUser.class, name = "block"),
    @JsonSubTypes.Type(value = UnblockUser.class, name = "unblock"),
    @JsonSubTypes.Type(value = ListBlocks.class, name = "blocks"),
    @JsonSubTypes.Type(value = BlockAddress.class, name = "block_address"),
    @JsonSubTypes.Type(value = UnblockAddress.class, name = "unblock_address"),
    @JsonSubTypes.Type(value = ListAddressBlocks.class, name = "address_blocks"),
    @JsonSubTypes.Type(value = UserAddresses.class, name = "user_addresses"),
    @JsonSubTypes.Type(value = ReadAudit.class, name = "audit"),
    @JsonSubTypes.Type(value = EditMessage.class, name = "edit"),
    @JsonSubTypes.Type(value = MessageVersions.class, name = "versions"),
    @JsonSubTypes.Type(value = DeleteMessage.class, name = "delete"),
    @JsonSubTypes.Type(value = Vote.class, name = "vote"),
    @JsonSubTypes.Type(value = React.class, name = "react"),
    @JsonSubTypes.Type(value = RoomMembers.class, name = "members"),
    @JsonSubTypes.Type(value = FetchUsers.class, name = "users"),
    @JsonSubTypes.Type(value = RevealAuthor.class, name = "reveal_author"),
    @JsonSubTypes.Type(value = UpdateProfile.class, name = "update_profile"),
    @JsonSubTypes.Type(value = StartUpload.class, name = "upload"),
    @JsonSubTypes.Type(value = UploadChunk.class, name = "upload_chunk"),
    @JsonSubTypes.Type(value = FinishUpload.class, name = "upload_done"),
    @JsonSubTypes.Type(value = FetchBlob.class, name = "fetch"),
    @JsonSubTypes.Type(value = StartPrivate.class, name = "private"),
    @JsonSubTypes.Type(value = ListConversations.class, name = "conversations"),
    @JsonSubTypes.Type(value = WatchRooms.class, name = "watch"),
    @JsonSubTypes.Type(value = MarkRead.class, name = "read"),
    @JsonSubTypes.Type(value = SetNotify.class, name = "notify"),
    @JsonSubTypes.Type(value = WatchPresence.class, name = "watch_presence"),
    @JsonSubTypes.Type(value = Ok.class, name = "ok"),
    @JsonSubTypes.Type(value = ErrorReply.class, name = "error"),
    @JsonSubTypes.Type(value = MessagePosted.class, name = "message"),
    @JsonSubTypes.Type(value = RoomChanged.class, name = "room"),
    @JsonSubTypes.Type(value = RestrictionChanged.class, name = "restriction"),
    @JsonSubTypes.Type(value = RoleChanged.class, name = "role"),
    @JsonSubTypes.Type(value = MessageChanged.class, name = "message_changed"),
    @JsonSubTypes.Type(value = ScoreChanged.class, name = "score"),
    @JsonSubTypes.Type(value = ReactionsChanged.class, name = "reactions"),
    @JsonSubTypes.Type(value = UserChanged.class, name = "user"),
    @JsonSubTypes.Type(value = ConversationChanged.class, name = "conversation"),
    @JsonSubTypes.Type(value = PresenceChanged.class, name = "presence"),
})
public sealed interface Frame permits Request, Reply, Push {
}
