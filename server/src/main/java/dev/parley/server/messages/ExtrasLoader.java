package dev.parley.server.messages;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the {@link Extras} of a set of messages for one reader in a fixed number of queries,
 * whatever the number of messages: mentions, reactions (with the reader's own), the reader's
 * votes and the quoted messages, one {@code = ANY(?)} query each. Tombstones show none of these,
 * so they are not asked about; a page of tombstones costs no query here.
 */
final class ExtrasLoader {
    private final Messages messages;
    private final Votes votes;
    private final Reactions reactions;
    private final Mentions mentions;

    ExtrasLoader(Messages messages, Votes votes, Reactions reactions, Mentions mentions) {
        this.messages = messages;
        this.votes = votes;
        this.reactions = reactions;
        this.mentions = mentions;
    }

    /** @param reader whose votes and reactions to mark, or null for a copy that is the same for everyone */
    Extras load(Connection c, List<StoredMessage> rows, Long reader) throws SQLException {
        Extras extras = new Extras();
        List<Long> visible = new ArrayList<>(rows.size());
        Set<Long> quoted = new LinkedHashSet<>();
        for (StoredMessage m : rows) {
            if (!m.deleted()) {
                visible.add(m.id());
                if (m.replyTo() != null) {
                    quoted.add(m.replyTo());
                }
            }
        }
        if (visible.isEmpty()) {
            return extras;
        }
        for (Map.Entry<Long, List<Long>> e : mentions.find(c, visible).entrySet()) {
            extras.mentions(e.getKey(), e.getValue());
        }
        Reactions.Found found = reactions.find(c, visible, reader);
        found.tallies().forEach(extras::reactions);
        found.mine().forEach(extras::mine);
        if (reader != null) {
            votes.mine(c, reader, visible).forEach(extras::vote);
        }
        if (!quoted.isEmpty()) {
            messages.quoted(c, quoted).forEach(extras::quote);
        }
        return extras;
    }
}
