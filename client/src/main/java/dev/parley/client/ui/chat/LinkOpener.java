package dev.parley.client.ui.chat;

import dev.parley.client.model.MessageText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a link from a message in the default browser (spec M-8). The app's implementation calls
 * {@code HostServices.showDocument}; tests pass one that records the URL. Whatever is passed in,
 * {@link #safe} lets only {@code http} and {@code https} through, so no other scheme is ever
 * opened even if a link were built wrongly.
 */
@FunctionalInterface
public interface LinkOpener {

    void open(String url);

    /** {@code opener} behind the scheme check. */
    static LinkOpener safe(LinkOpener opener) {
        Logger log = LoggerFactory.getLogger(LinkOpener.class);
        return url -> {
            if (MessageText.openable(url)) {
                opener.open(url);
            } else {
                log.warn("refused to open a link that is not http(s)");
            }
        };
    }
}
