package dev.parley.protocol.frame;


/**
 * Pushed to a room's subscribers when a message's reactions change: the whole new list.
 */
public record ReactionsChanged(Long room, Long message, java.util.List<dev.parley.protocol.model.Reaction> reactions) implements Push {
    public ReactionsChanged {
        dev.parley.protocol.Checks.required(room, "room");
        dev.parley.protocol.Checks.required(message, "message");
        reactions = reactions == null ? java.util.List.of() : java.util.List.copyOf(reactions);
    }
}
