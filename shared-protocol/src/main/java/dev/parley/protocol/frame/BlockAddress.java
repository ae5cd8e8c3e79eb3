package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.Done;

/**
 * Blocks a client IP address (spec MOD-9): its connections are closed (code 4003) and new ones
 * refused. Admins only. {@code address} is an IPv4 or IPv6 literal (never a host name).
 */
public record BlockAddress(String id, String address, String reason) implements Request<Done> {
    public BlockAddress {
        Checks.requestId(id);
        Checks.text(address, "address", Limits.MAX_ADDRESS_LENGTH);
        if (reason != null && !reason.isEmpty()) {
            Checks.text(reason, "reason", Limits.MAX_REASON_LENGTH);
        }
    }

    @Override
    public Class<Done> resultType() {
        return Done.class;
    }
}
