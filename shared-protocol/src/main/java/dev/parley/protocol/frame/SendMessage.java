package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.MessageInfo;
import java.util.UUID;

/**
 * Posts a message. {@code clientMessageId} is chosen by the client once per message and kept
 * across resends: the server stores it unique per author, so a resend after a reconnect
 * returns the stored message instead of storing a duplicate. The {@code ok} comes only after
 * the message is committed. Text length is checked by the server ({@code text_too_long}).
 */
public record SendMessage(String id, Long room, UUID clientMessageId, String text) implements Request<MessageInfo> {
    public SendMessage {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        Checks.required(clientMessageId, "clientMessageId");
        Checks.required(text, "text");
    }

    @Override
    public Class<MessageInfo> resultType() {
        return MessageInfo.class;
    }
}
