package dev.parley.protocol.model;

import java.util.List;

/** Every blocked address, newest first. */
public record AddressBlockList(List<AddressBlock> blocks) {
    public AddressBlockList {
        blocks = List.copyOf(blocks);
    }
}
