package dev.parley.protocol.frame;

/** The server's answer to one request: {@link Ok} or {@link ErrorReply}, with the request's id. */
public sealed interface Reply extends Frame permits Ok, ErrorReply {
    String id();
}
