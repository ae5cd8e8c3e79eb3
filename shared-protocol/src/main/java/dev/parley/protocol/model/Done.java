package dev.parley.protocol.model;

/** The empty result of a request that only needs to succeed (logout, close room). */
public record Done() {
}
