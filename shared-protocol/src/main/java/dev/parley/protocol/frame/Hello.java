package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.Welcome;

/** First frame of a connection: the protocol version the client speaks and its name. */
public record Hello(String id, Integer protocol, String client) implements Request<Welcome> {
    public Hello {
        Checks.requestId(id);
        Checks.required(protocol, "protocol");
        Checks.text(client, "client", Limits.MAX_SHORT_TEXT_LENGTH);
    }

    @Override
    public Class<Welcome> resultType() {
        return Welcome.class;
    }
}
