package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.AddressBlockList;

/** Every blocked address. Admins only. */
public record ListAddressBlocks(String id) implements Request<AddressBlockList> {
    public ListAddressBlocks {
        Checks.requestId(id);
    }

    @Override
    public Class<AddressBlockList> resultType() {
        return AddressBlockList.class;
    }
}
