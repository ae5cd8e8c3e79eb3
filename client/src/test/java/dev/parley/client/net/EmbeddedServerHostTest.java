package dev.parley.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.ParleyServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedServerHostTest {
    @TempDir
    Path data;

    @Test
    void start_preferredPortTaken_hostsOnAFreePort() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("0.0.0.0", 0));

            EmbeddedServerHost host = EmbeddedServerHost.start(data, taken.getLocalPort(), ParleyServer::start);
            try {
                assertThat(host.localAddress()).startsWith("127.0.0.1:").doesNotEndWith(":" + taken.getLocalPort());
            } finally {
                host.close();
            }
        }
    }

    @Test
    void start_failureOtherThanBind_isThrownWithoutTryingAnotherPort() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> EmbeddedServerHost.start(data, 8025, config -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("Database may be already in use");
        })).hasMessageContaining("already in use");

        assertThat(attempts).hasValue(1);
    }

    @Test
    void isBindFailure_looksThroughTheCauseChain() {
        Exception bind = new UncheckedIOException("cannot listen", new IOException("deploy", new BindException("Address already in use")));

        assertThat(EmbeddedServerHost.isBindFailure(bind)).isTrue();
        assertThat(EmbeddedServerHost.isBindFailure(new IllegalStateException("locked"))).isFalse();
    }

    @Test
    void close_twiceIsHarmless() {
        EmbeddedServerHost host = EmbeddedServerHost.start(data, 0, ParleyServer::start);

        host.close();
        host.close();
    }
}
