package dev.parley.protocol.frame;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Success answer to the request with the same {@code id}. {@code result} is the request's
 * result type as JSON; the client that sent the request knows which type to read it as.
 */
public record Ok(String id, JsonNode result) implements Reply {
}
