package dev.parley.protocol.model;

import java.time.Instant;

/** A client address an admin has blocked (spec MOD-9): connections from it are refused. */
public record AddressBlock(String address, String reason, UserInfo actor, Instant created) {
}
