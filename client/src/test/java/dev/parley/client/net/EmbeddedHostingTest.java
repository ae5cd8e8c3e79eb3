package dev.parley.client.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EmbeddedHostingTest {
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    private HostedChat server() {
        started.incrementAndGet();
        return new HostedChat() {
            @Override
            public String localAddress() {
                return "127.0.0.1:1";
            }

            @Override
            public String shareAddress() {
                return "10.0.0.1:1";
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
    }

    @Test
    void start_twiceReusesTheRunningServer() {
        EmbeddedHosting hosting = new EmbeddedHosting(this::server);

        HostedChat first = hosting.start();

        assertThat(hosting.start()).isSameAs(first);
        assertThat(started).hasValue(1);
        assertThat(hosting.current()).isSameAs(first);
    }

    @Test
    void stop_closesTheServerAndAllowsANewStart() {
        EmbeddedHosting hosting = new EmbeddedHosting(this::server);
        hosting.start();

        hosting.stop();
        hosting.stop();

        assertThat(closed).hasValue(1);
        assertThat(hosting.current()).isNull();
        hosting.start();
        assertThat(started).hasValue(2);
    }

    @Test
    void shutdown_whileStarting_stopsTheServerOnceItHasStarted() throws Exception {
        CountDownLatch starting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        EmbeddedHosting hosting = new EmbeddedHosting(() -> {
            starting.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return server();
        });
        CompletableFuture<HostedChat> start = CompletableFuture.supplyAsync(hosting::start);
        assertThat(starting.await(5, TimeUnit.SECONDS)).isTrue();

        hosting.shutdown();
        release.countDown();

        assertThatThrownBy(() -> start.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        assertThat(closed).hasValue(1);
        assertThat(hosting.current()).isNull();
    }
}
