package dev.parley.client.ui.chat;

import dev.parley.client.model.MessageText;
import dev.parley.client.model.MessageText.Segment;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * A message's text as nodes for a {@code TextFlow}: plain {@link Text} for text, a
 * {@link Hyperlink} for each link (opened through the {@link LinkOpener}), and styled
 * {@link Text} for mentions, those of the reader standing out more; a mention of someone we may
 * write to privately opens that chat on a click ({@link UserNames#link}). Every node shows the
 * literal characters: nothing in a message is ever read as markup.
 */
final class MessageTextView {
    private MessageTextView() {
    }

    static List<Node> nodes(List<Segment> segments, LinkOpener opener, UserNames names) {
        return segments.stream().map(s -> node(s, opener, names)).toList();
    }

    private static Node node(Segment s, LinkOpener opener, UserNames names) {
        return switch (s.kind()) {
            case LINK -> {
                Hyperlink link = new Hyperlink(s.text());
                link.getStyleClass().add("message-link");
                link.setTooltip(new Tooltip(s.url()));
                link.setFocusTraversable(false);
                link.setOnAction(e -> {
                    opener.open(s.url());
                    link.setVisited(true);
                });
                yield link;
            }
            case MENTION, MENTION_ME -> {
                Text mention = new Text(s.text());
                mention.getStyleClass().addAll("message-text", s.kind() == MessageText.Kind.MENTION_ME ? "mention-me" : "mention");
                names.link(mention, s.user());
                yield mention;
            }
            case TEXT -> {
                Text text = new Text(s.text());
                text.getStyleClass().add("message-text");
                yield text;
            }
        };
    }
}
