package dev.parley.protocol.model;

import java.util.List;

/** Client addresses (of one user's live connections), for admins deciding on an address block. */
public record AddressList(List<String> addresses) {
    public AddressList {
        addresses = List.copyOf(addresses);
    }
}
