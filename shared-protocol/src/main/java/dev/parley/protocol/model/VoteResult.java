package dev.parley.protocol.model;

/** A message's vote sum after a vote, and the voter's own vote (-1, 0 or 1). */
public record VoteResult(long room, long message, int score, int myVote) {
}
