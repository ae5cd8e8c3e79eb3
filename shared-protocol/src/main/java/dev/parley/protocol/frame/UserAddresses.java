package dev.parley.protocol.frame;

import dev.parley.protocol.Checks;
import dev.parley.protocol.model.AddressList;

/** The addresses {@code user} is connected from now. Admins only. */
public record UserAddresses(String id, Long user) implements Request<AddressList> {
    public UserAddresses {
        Checks.requestId(id);
        Checks.positiveId(user, "user");
    }

    @Override
    public Class<AddressList> resultType() {
        return AddressList.class;
    }
}
