package dev.parley.server.messages;

import java.util.List;

/** One emoji's reactions on a message: how many, and the first users in the order they reacted. */
record Tally(String emoji, int count, List<Long> firstUsers) {
    Tally {
        firstUsers = List.copyOf(firstUsers);
    }
}
