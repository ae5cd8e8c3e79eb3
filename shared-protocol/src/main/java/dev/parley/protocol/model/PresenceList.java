package dev.parley.protocol.model;

import java.util.List;

/** Which of the users asked about are online now (spec A-5): their ids. */
public record PresenceList(List<Long> online) {
    public PresenceList {
        online = List.copyOf(online);
    }
}
