package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.Limits;
import dev.parley.protocol.model.Done;

/** Lifts an address block. Admins only. */
public record UnblockAddress(String id, String address) implements Request<Done> {
    public UnblockAddress {
        Checks.requestId(id);
        Checks.text(address, "address", Limits.MAX_ADDRESS_LENGTH);
    }

    @Override
    public Class<Done> resultType() {
        return Done.class;
    }
}
