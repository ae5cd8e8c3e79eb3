package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.MessageInfo;
import java.util.UUID;

/**
 * Posts a message. {@code clientMessageId} is chosen by the client once per message and kept
 * across resends: the server stores it unique per author, so a resend after a reconnect
 * returns the stored message instead of storing a duplicate. The {@code ok} comes only after
 * the message is committed. Text length is checked by the server ({@code text_too_long}).
 *
 * <p>Optional: {@code anonymous} posts without the author's name (public rooms only, spec M-7);
 * {@code replyTo} quotes a message of the same room (spec M-12); {@code attachment} is the id
 * from {@code upload_done} of an upload by the same user (spec M-10, M-11), and then the text may
 * be empty.
 */
public record SendMessage(String id, Long room, UUID clientMessageId, String text, Boolean anonymous, Long replyTo,
                          String attachment) implements Request<MessageInfo> {
    public SendMessage {
        Checks.requestId(id);
        Checks.positiveId(room, "room");
        Checks.required(clientMessageId, "clientMessageId");
        Checks.required(text, "text");
        if (replyTo != null) {
            Checks.positiveId(replyTo, "replyTo");
        }
        if (attachment != null) {
            Checks.blobId(attachment, "attachment");
        }
    }

    /** A plain text message. */
    public SendMessage(String id, Long room, UUID clientMessageId, String text) {
        this(id, room, clientMessageId, text, null, null, null);
    }

    public boolean anonymousPost() {
        return Boolean.TRUE.equals(anonymous);
    }

    @Override
    public Class<MessageInfo> resultType() {
        return MessageInfo.class;
    }
}
