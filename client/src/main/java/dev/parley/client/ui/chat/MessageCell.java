package dev.parley.client.ui.chat;

import atlantafx.base.theme.Styles;
import dev.parley.client.i18n.Localization;
import dev.parley.client.media.Media;
import dev.parley.client.model.MessageItem;
import dev.parley.client.model.MessageText;
import dev.parley.client.model.ReactionSummary;
import dev.parley.client.model.UserColors;
import dev.parley.client.model.UserDirectory;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.Reaction;
import dev.parley.protocol.model.ReplyQuote;
import dev.parley.protocol.model.UserInfo;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import javafx.beans.InvalidationListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.TextFlow;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One row of the message list: the day banner when a day starts, the avatar, the name in the
 * author's colour (or "Anonymous"; the author's own anonymous message says so with a small mark),
 * the time of the newest version and an "edited" link to the versions, the quote of the message
 * answered (a click jumps there), the text with links and mentions, the attachment, the vote
 * sum between up and down, and the reactions. A tombstone shows only who and when. On hover,
 * buttons to reply and react. The row renders from its {@link MessageItem} and renders again
 * when the item's revision or banner changes, so pushes change the row in place.
 *
 * <p>The author's name follows presence live ({@link UserNames}: their colour while online, muted
 * while not; an anonymous author stays plain) and, like a mention, opens the private chat with
 * them on a click (spec R-3). A presence change restyles only the name, not the whole row.
 */
final class MessageCell extends ListCell<MessageItem> {
    private static final double AVATAR = 32;
    private final ChatViewModel vm;
    private final Localization i18n;
    private final Media media;
    private final LinkOpener opener;
    private final Consumer<MessageItem> showVersions;
    private final LongPredicate flashing;
    private final Label banner = new Label();
    private final HBox bannerRow;
    private final HBox dividerRow;
    private final StackPane avatar = new StackPane();
    private final Label author = new Label();
    private final Label anonymousMark = new Label();
    private final Label time = new Label();
    private final Hyperlink edited = new Hyperlink();
    private final HBox hoverActions;
    private final VBox body = new VBox(3);
    private final HBox footer = new HBox(6);
    private final VBox content;
    private final Label collapsedText = new Label();
    private final Hyperlink show = new Hyperlink();
    private final HBox collapsed;
    private final InvalidationListener rerender = o -> render();
    private final UserNames names;
    /** Held here: the presence holds it only weakly (cells come and go). */
    private final SetChangeListener<Long> presenceChanged;
    private MessageItem bound;
    private int renderedRevision = -1;
    private UserInfo avatarOf;

    MessageCell(ChatViewModel vm, Localization i18n, Media media, LinkOpener opener, Consumer<MessageItem> showVersions,
                LongPredicate flashing, javafx.beans.value.ObservableDoubleValue width) {
        this.vm = vm;
        this.i18n = i18n;
        this.media = media;
        this.opener = opener;
        this.showVersions = showVersions;
        this.flashing = flashing;
        this.names = UserNames.of(vm);
        this.presenceChanged = names.onChange(user -> {
            if (bound != null && bound.authorId() == user) {
                styleAuthor(bound);
            }
        });
        getStyleClass().add("message-cell");
        banner.getStyleClass().add("day-banner-label");
        Region left = new Region();
        Region right = new Region();
        left.getStyleClass().add("day-banner-line");
        right.getStyleClass().add("day-banner-line");
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        bannerRow = new HBox(8, left, banner, right);
        bannerRow.setAlignment(Pos.CENTER);
        bannerRow.getStyleClass().add("day-banner");
        dividerRow = newMessagesDivider(i18n);

        collapsedText.textProperty().bind(i18n.text("blocked.row"));
        collapsedText.getStyleClass().add("blocked-text");
        show.textProperty().bind(i18n.text("blocked.show"));
        show.getStyleClass().add("blocked-show");
        show.setOnAction(e -> {
            if (getItem() != null) {
                vm.expand(getItem());
            }
        });
        collapsed = new HBox(6, collapsedText, show);
        collapsed.setAlignment(Pos.CENTER_LEFT);
        collapsed.getStyleClass().add("blocked-row");

        avatar.setMinSize(AVATAR, AVATAR);
        avatar.setMaxSize(AVATAR, AVATAR);
        author.getStyleClass().add("message-author");
        anonymousMark.getStyleClass().addAll("anonymous-mark", Styles.TEXT_SMALL);
        anonymousMark.textProperty().bind(i18n.text("message.anonymous_mark"));
        time.getStyleClass().add("message-time");
        edited.getStyleClass().add("edited-link");
        edited.textProperty().bind(i18n.text("message.edited"));
        edited.setFocusTraversable(false);
        edited.setOnAction(e -> {
            if (getItem() != null) {
                showVersions.accept(getItem());
            }
        });
        Button reply = iconButton(Feather.CORNER_UP_LEFT, "message.reply", "reply-button");
        reply.setOnAction(e -> vm.composer().replyTo(getItem()));
        Button react = iconButton(Feather.SMILE, "reaction.add", "react-button");
        react.setOnAction(e -> emojiMenu(getItem()).show(react, javafx.geometry.Side.BOTTOM, 0, 0));
        hoverActions = new HBox(2, reply, react);
        hoverActions.getStyleClass().add("message-hover-actions");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, author, anonymousMark, time, edited, gap, hoverActions);
        header.setAlignment(Pos.BASELINE_LEFT);
        body.maxWidthProperty().bind(javafx.beans.binding.Bindings.subtract(width, 90));
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("message-footer");
        VBox main = new VBox(2, header, body, footer);
        HBox.setHgrow(main, Priority.ALWAYS);
        HBox row = new HBox(10, avatar, main);
        row.setAlignment(Pos.TOP_LEFT);
        content = new VBox(4, bannerRow, dividerRow, row);
        hoverActions.visibleProperty().bind(hoverProperty().and(emptyProperty().not()));
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(MessageItem item, boolean empty) {
        super.updateItem(item, empty);
        MessageItem now = empty ? null : item;
        if (now != bound) {
            if (bound != null) {
                bound.revisionProperty().removeListener(rerender);
                bound.bannerProperty().removeListener(rerender);
                bound.firstUnreadProperty().removeListener(rerender);
            }
            bound = now;
            if (bound != null) {
                bound.revisionProperty().addListener(rerender);
                bound.bannerProperty().addListener(rerender);
                bound.firstUnreadProperty().addListener(rerender);
            }
        } else if (now != null && now.revisionProperty().get() == renderedRevision) {
            // The list lays its cells out again often; rebuilding an unchanged row would replace
            // the nodes under the pointer (a reaction's tooltip would close).
            return;
        }
        render();
    }

    /** The "new messages" line above the first message unread when the room was opened (spec A-2). */
    private static HBox newMessagesDivider(Localization i18n) {
        Label label = new Label();
        label.textProperty().bind(i18n.text("message.new_divider"));
        label.getStyleClass().add("new-messages-label");
        Region line = new Region();
        line.getStyleClass().add("new-messages-line");
        HBox.setHgrow(line, Priority.ALWAYS);
        HBox row = new HBox(8, line, label);
        row.setAlignment(Pos.CENTER);
        row.getStyleClass().add("new-messages-divider");
        return row;
    }

    /** Renders the bound item again (a push changed it, the day changed). */
    void render() {
        MessageItem item = bound;
        renderedRevision = item == null ? -1 : item.revisionProperty().get();
        setText(null);
        if (item == null) {
            setGraphic(null);
            getStyleClass().remove("flash");
            return;
        }
        getStyleClass().remove("flash");
        if (flashing.test(item.id())) {
            getStyleClass().add("flash");
        }
        bannerRow.setVisible(item.bannerProperty().get() != null);
        bannerRow.setManaged(bannerRow.isVisible());
        banner.setText(i18n.get(item.bannerProperty().get()));
        dividerRow.setVisible(item.firstUnreadProperty().get());
        dividerRow.setManaged(dividerRow.isVisible());
        if (vm.isCollapsed(item)) {
            VBox box = new VBox(4, bannerRow, dividerRow, collapsed);
            setGraphic(box);
            return;
        }
        UserInfo shown = shownAuthor(item);
        if (!Objects.equals(shown, avatarOf)) {
            avatar.getChildren().setAll(media.avatar(shown, AVATAR));
            avatarOf = shown;
        }
        author.setText(item.shownAsAnonymous() ? i18n.get("message.anonymous") : item.authorName());
        styleAuthor(item);
        author.getStyleClass().remove("anonymous-author");
        if (item.shownAsAnonymous()) {
            author.getStyleClass().add("anonymous-author");
        }
        UserInfo a = item.author();
        author.setTooltip(a == null || a.status() == null || item.shownAsAnonymous() ? null : new Tooltip(a.status()));
        anonymousMark.setVisible(item.anonymous() && item.mine());
        anonymousMark.setManaged(anonymousMark.isVisible());
        time.setText(i18n.time(item.time(), vm.timeline().zone()));
        time.setTooltip(new Tooltip(item.edited()
                ? i18n.get("message.time.edited", i18n.dateTime(item.created(), vm.timeline().zone()),
                        i18n.dateTime(item.time(), vm.timeline().zone()))
                : i18n.dateTime(item.created(), vm.timeline().zone())));
        edited.setVisible(item.edited() && !item.deleted());
        edited.setManaged(edited.isVisible());
        hoverActions.setDisable(!vm.actions().canRespond(item));
        body.getChildren().setAll(bodyNodes(item));
        footer.getChildren().setAll(footerNodes(item));
        footer.setVisible(!item.deleted());
        footer.setManaged(footer.isVisible());
        setGraphic(content);
    }

    private List<Node> bodyNodes(MessageItem item) {
        if (item.deleted()) {
            Label tomb = new Label();
            tomb.textProperty().bind(i18n.text("message.deleted"));
            tomb.getStyleClass().add("tombstone");
            return List.of(tomb);
        }
        List<Node> nodes = new java.util.ArrayList<>();
        if (item.replyTo() != null) {
            nodes.add(quote(item.replyTo()));
        }
        UserDirectory users = vm.users();
        List<MessageText.Segment> segments = MessageText.segments(item.text(), users.usernames(item.mentions()), vm.me().id());
        if (segments.stream().allMatch(s -> s.kind() == MessageText.Kind.TEXT)) {
            if (!item.text().isEmpty()) {
                Label text = new Label(item.text());
                text.getStyleClass().add("message-text");
                text.setWrapText(true);
                text.setMinHeight(Region.USE_PREF_SIZE);
                nodes.add(text);
            }
        } else {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("message-text-flow");
            flow.getChildren().setAll(MessageTextView.nodes(segments, opener, names));
            nodes.add(flow);
        }
        if (item.attachment() != null) {
            nodes.add(media.attachment(item.attachment()));
        }
        return nodes;
    }

    /** The author's name coloured for their presence and clickable; an anonymous one plain (no id to open). */
    private void styleAuthor(MessageItem item) {
        if (item.shownAsAnonymous() || item.authorId() < 1) {
            names.plain(author, item.authorColor());
            names.link(author, -1);
        } else {
            names.colour(author, item.authorId(), item.authorColor());
            names.link(author, item.authorId());
        }
    }

    private Node quote(ReplyQuote q) {
        Label who = new Label(q.author() == null ? i18n.get("message.anonymous")
                : Objects.requireNonNullElse(vm.users().name(q.author()), "\u2026"));
        who.getStyleClass().add("reply-quote-author");
        UserInfo quoted = q.author() == null ? null : vm.users().get(q.author());
        if (quoted != null) {
            who.setTextFill(Color.web(UserColors.sanitize(quoted.color())));
        }
        String excerpt = Boolean.TRUE.equals(q.deleted()) ? i18n.get("message.quote.deleted")
                : q.excerpt() != null && !q.excerpt().isEmpty() ? q.excerpt()
                : q.attachmentName() != null ? i18n.get("message.quote.attachment", q.attachmentName()) : "";
        Label text = new Label(excerpt);
        text.getStyleClass().add("reply-quote-text");
        text.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        HBox box = new HBox(6, new FontIcon(Feather.CORNER_DOWN_RIGHT), who, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("reply-quote");
        Tooltip.install(box, new Tooltip(i18n.get("message.quote.jump")));
        box.setOnMouseClicked(e -> vm.jumpTo(q.id()));
        return box;
    }

    private List<Node> footerNodes(MessageItem item) {
        List<Node> nodes = new java.util.ArrayList<>();
        Button up = iconButton(Feather.ARROW_UP, "vote.up", "vote-up");
        Button down = iconButton(Feather.ARROW_DOWN, "vote.down", "vote-down");
        if (item.myVote() == 1) {
            up.getStyleClass().add("voted");
        } else if (item.myVote() == -1) {
            down.getStyleClass().add("voted");
        }
        up.setOnAction(e -> vm.actions().vote(item, 1));
        down.setOnAction(e -> vm.actions().vote(item, -1));
        Label score = new Label(i18n.get("vote.score", item.score()));
        score.getStyleClass().add("vote-score");
        HBox votes = new HBox(0, up, score, down);
        votes.setAlignment(Pos.CENTER_LEFT);
        votes.getStyleClass().add("votes");
        nodes.add(votes);
        for (Reaction r : item.reactions()) {
            Button chip = new Button(r.emoji() + " " + i18n.get("vote.score", r.count()));
            chip.getStyleClass().addAll("reaction-chip", Styles.SMALL);
            if (r.byReader()) {
                chip.getStyleClass().add("mine");
            }
            chip.setFocusTraversable(false);
            Tooltip tip = new Tooltip();
            tip.setOnShowing(e -> tip.setText(i18n.get(ReactionSummary.tooltip(r, vm.users()::name, vm.me().id(),
                    i18n.get("reaction.you"), i18n.locale()))));
            chip.setTooltip(tip);
            chip.setOnAction(e -> vm.actions().toggleReaction(item, r.emoji()));
            nodes.add(chip);
        }
        return nodes;
    }

    /** The eight reactions to choose from (spec M-12: a small set). */
    ContextMenu emojiMenu(MessageItem item) {
        ContextMenu menu = new ContextMenu();
        for (int i = 0; i < Limits.REACTIONS.size(); i++) {
            String emoji = Limits.REACTIONS.get(i);
            MenuItem entry = new MenuItem(emoji);
            entry.setId("react-" + i);
            entry.setOnAction(e -> {
                if (item != null) {
                    vm.actions().toggleReaction(item, emoji);
                }
            });
            menu.getItems().add(entry);
        }
        menu.getStyleClass().add("emoji-menu");
        return menu;
    }

    private UserInfo shownAuthor(MessageItem item) {
        if (item.shownAsAnonymous()) {
            return new UserInfo(0, "", i18n.get("message.anonymous"), UserColors.FALLBACK);
        }
        UserInfo a = item.author();
        return a != null ? a : new UserInfo(Math.max(0, item.authorId()), "", item.authorName(), UserColors.FALLBACK);
    }

    private Button iconButton(Feather icon, String tooltipKey, String styleClass) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, styleClass);
        b.setFocusTraversable(false);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(i18n.text(tooltipKey));
        b.setTooltip(tip);
        b.accessibleTextProperty().bind(tip.textProperty());
        return b;
    }
}
