package dev.parley.client.ui;

import dev.parley.client.i18n.Localization;
import dev.parley.client.notify.AttentionIndicators;
import dev.parley.client.notify.Notification;
import dev.parley.client.notify.NotificationHub;
import dev.parley.client.ui.chat.AttentionViewModel;
import dev.parley.client.ui.chat.ChatViewModel;
import dev.parley.protocol.model.Attachment;
import dev.parley.protocol.model.MessageInfo;
import javafx.beans.InvalidationListener;

/**
 * Connects one logged-in chat to the app's notification parts (spec A-3): each message the
 * chat's {@link AttentionViewModel} finds worth it becomes a {@link Notification} (summary "Ania
 * in #general", or the name alone for a private message; the text as body, or what was attached)
 * posted to the {@link NotificationHub}; a click on a notification, desktop or in-app, opens that
 * conversation at that message and brings the window forward; reading a conversation marks its
 * in-app entries read; and the unread totals drive the window title, tray and taskbar badge
 * ({@link AttentionIndicators}). {@link #close} detaches it when the user logs out, clearing the
 * counts (the in-app list keeps its entries; opening one after a new login opens it if the room
 * is still there).
 */
public final class ChatAttention implements AutoCloseable {
    private final ChatViewModel chat;
    private final NotificationHub hub;
    private final AttentionIndicators indicators;
    private final InvalidationListener totals;
    private boolean closed;

    /** @param toFront brings the chat's window forward (a notification was clicked) */
    public ChatAttention(ChatViewModel chat, NotificationHub hub, AttentionIndicators indicators, Localization i18n,
                         Runnable toFront) {
        this.chat = chat;
        this.hub = hub;
        this.indicators = indicators;
        AttentionViewModel attention = chat.attention();
        attention.setOnAlert(alert -> {
            if (!closed) {
                hub.post(notification(i18n, alert));
            }
        });
        attention.onRead(room -> {
            if (!closed) {
                hub.conversationRead(room);
            }
        });
        hub.setOnOpen(n -> {
            toFront.run();
            chat.openAt(n.conversationId(), n.messageId());
        });
        totals = o -> indicators.update(attention.totalUnreadProperty().get(), attention.anyMentionProperty().get());
        attention.totalUnreadProperty().addListener(totals);
        attention.anyMentionProperty().addListener(totals);
        totals.invalidated(null);
    }

    /** What a desktop bubble and the in-app list show for a message. */
    static Notification notification(Localization i18n, AttentionViewModel.Alert alert) {
        MessageInfo m = alert.message();
        String author = alert.author() != null ? alert.author().shownName() : i18n.get("message.anonymous");
        String summary = alert.room() != null && alert.room().privateChat() ? i18n.get("notify.summary.private", author)
                : i18n.get("notify.summary.room", author, alert.room() == null ? "" : alert.room().name());
        String body = m.text() == null ? "" : m.text();
        Attachment a = m.attachment();
        if (body.isBlank() && a != null) {
            body = i18n.get(a.isPicture() ? "notify.body.picture" : "notify.body.file", a.name());
        }
        return new Notification(m.room(), m.id(), summary, body);
    }

    @Override
    public void close() {
        closed = true;
        AttentionViewModel attention = chat.attention();
        attention.setOnAlert(null);
        attention.totalUnreadProperty().removeListener(totals);
        attention.anyMentionProperty().removeListener(totals);
        hub.setOnOpen(null);
        indicators.update(0, false);
    }
}
