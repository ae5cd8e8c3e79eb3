package dev.parley.bench;

import dev.parley.protocol.client.ParleyClient;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One simulated user connection: which account it logs in as, which room it sits in (0 for
 * none), its current {@link ParleyClient} (replaced on reconnect) and its own counters.
 */
final class BenchClient {
    /** An account shared by several connections: the first logs in, the others resume its token. */
    static final class Account {
        final String username;
        volatile String token;

        Account(String username) {
            this.username = username;
        }
    }

    final int index;
    final Account account;
    final long room;
    /** Measured pushes this connection received. */
    final AtomicLong received = new AtomicLong();
    /** Measured messages this connection sent that were acknowledged. */
    final AtomicLong ackedOwn = new AtomicLong();
    volatile ParleyClient client;
    /** Set while the bench itself closes the connection, so the close is not an error. */
    volatile boolean closing;

    BenchClient(int index, Account account, long room) {
        this.index = index;
        this.account = account;
        this.room = room;
    }
}
