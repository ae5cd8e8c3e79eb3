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
    @JsonSubTypes.Type(value = Ok.class, name = "ok"),
    @JsonSubTypes.Type(value = ErrorReply.class, name = "error"),
    @JsonSubTypes.Type(value = MessagePosted.class, name = "message"),
})
public sealed interface Frame permits Request, Reply, Push {
}
