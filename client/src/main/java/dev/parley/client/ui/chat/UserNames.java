package dev.parley.client.ui.chat;

import dev.parley.client.model.Presence;
import dev.parley.client.model.UserColors;
import java.util.function.LongConsumer;
import java.util.function.LongPredicate;
import javafx.collections.SetChangeListener;
import javafx.collections.WeakSetChangeListener;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;

/**
 * How a user's name looks and acts wherever the chat shows it (message rows, the member panel,
 * mentions): coloured by presence (spec R-5) and, for a user we may write to privately, a link
 * that opens the private chat (spec R-3; hand cursor, underlined on hover).
 *
 * <p>The colour choice: online, the user's own colour (as names were before presence); offline,
 * the theme's muted text colour ({@code -color-fg-muted}, defined by the light and the dark
 * theme alike), so a user coming online visibly lights up. The colour goes into the node's inline
 * style rather than {@code setTextFill}: a stylesheet rule outranks a value set in code, while an
 * inline style outranks both and changing it makes JavaFX apply CSS to the node again, so a row
 * rendered again cannot end up half in one state. Only a sanitized {@code #rrggbb}
 * ({@link UserColors}) or the theme's own colour name ever reaches the style.
 */
final class UserNames {
    /** Style class of a name whose user is online. */
    static final String ONLINE = "online";
    /** Style class of a name whose user is not online (or not known to be). */
    static final String OFFLINE = "offline";
    /** Style class of a name a click on opens the private chat with. */
    static final String LINK = "user-link";
    private static final String MUTED = "-color-fg-muted";

    private final Presence presence;
    private final LongPredicate canOpen;
    private final LongConsumer open;

    UserNames(Presence presence, LongPredicate canOpen, LongConsumer open) {
        this.presence = presence;
        this.canOpen = canOpen;
        this.open = open;
    }

    /** The names of {@code vm}'s chat: its presence, and its private chats to open. */
    static UserNames of(ChatViewModel vm) {
        return new UserNames(vm.presence(), vm::canChatPrivately, vm::openPrivate);
    }

    /** Colours the name (a {@code Labeled}) of {@code user} for their presence now; {@code color} is theirs. */
    void colour(Node name, long user, String color) {
        boolean online = presence.isOnline(user);
        name.setStyle("-fx-text-fill: " + (online ? UserColors.sanitize(color) : MUTED) + ";");
        name.getStyleClass().removeAll(ONLINE, OFFLINE);
        name.getStyleClass().add(online ? ONLINE : OFFLINE);
    }

    /** Colours a name no presence belongs to (an anonymous author) in {@code color}, always. */
    void plain(Node name, String color) {
        name.setStyle("-fx-text-fill: " + UserColors.sanitize(color) + ";");
        name.getStyleClass().removeAll(ONLINE, OFFLINE);
    }

    /**
     * Makes {@code name} open the private chat with {@code user} on a primary click when that is
     * possible (not ourselves, not as a guest, not an unknown author: {@code user} below 1), and
     * a plain name otherwise.
     */
    void link(Node name, long user) {
        if (user < 1 || !canOpen.test(user)) {
            name.getStyleClass().remove(LINK);
            name.setOnMouseClicked(null);
            return;
        }
        if (!name.getStyleClass().contains(LINK)) {
            name.getStyleClass().add(LINK);
        }
        name.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                e.consume();
                open.accept(user);
            }
        });
    }

    /**
     * Calls {@code changed} with each user whose presence changes, for as long as the caller
     * keeps the returned listener: the presence outlives the cells that show names, so it holds
     * them only weakly.
     */
    SetChangeListener<Long> onChange(LongConsumer changed) {
        SetChangeListener<Long> listener = c -> changed.accept(c.wasAdded() ? c.getElementAdded() : c.getElementRemoved());
        presence.online().addListener(new WeakSetChangeListener<>(listener));
        return listener;
    }
}
