package dev.parley.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.FrameCodec;
import dev.parley.server.config.ModerationConfig;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which address a connection is taken to come from (spec MOD-9): {@code X-Forwarded-For} is
 * believed only from a trusted proxy, and then only its right-most untrusted hop (the left
 * part is whatever the client wrote). Address spellings are canonical, and host names are never
 * resolved.
 */
class ClientAddressTest {
    private final Topics topics = new Topics(new FrameCodec(), 1);
    private final WebSocketTransport transport = new WebSocketTransport(new Dispatcher(new FrameCodec(), topics), topics,
            new Connections(), "127.0.0.1", Duration.ofSeconds(30), 10, Duration.ofSeconds(30));

    @AfterEach
    void close() {
        topics.close();
    }

    @Test
    void withoutTrustedProxies_theHeaderIsIgnored() {
        assertThat(transport.clientAddress("127.0.0.1", "203.0.113.7")).isEqualTo("127.0.0.1");
    }

    @Test
    void fromATrustedProxy_theForwardedAddressCounts() {
        transport.addressPolicy(a -> false, Set.of("127.0.0.1"));
        assertThat(transport.clientAddress("127.0.0.1", "203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(transport.clientAddress("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }

    @Test
    void fromAnUntrustedPeer_theHeaderIsIgnored_evenWhenProxiesAreConfigured() {
        transport.addressPolicy(a -> false, Set.of("10.0.0.2"));
        assertThat(transport.clientAddress("198.51.100.9", "203.0.113.7")).isEqualTo("198.51.100.9");
    }

    @Test
    void aSpoofedLeftHop_isNotBelieved_theRightmostUntrustedHopIs() {
        transport.addressPolicy(a -> false, Set.of("10.0.0.2", "10.0.0.3"));
        // the client wrote "1.2.3.4"; the outer proxy 10.0.0.3 appended the real peer 203.0.113.7,
        // the inner proxy 10.0.0.2 appended 10.0.0.3
        assertThat(transport.clientAddress("10.0.0.2", "1.2.3.4, 203.0.113.7, 10.0.0.3")).isEqualTo("203.0.113.7");
    }

    @Test
    void aGarbledHeader_fallsBackToThePeer() {
        transport.addressPolicy(a -> false, Set.of("127.0.0.1"));
        assertThat(transport.clientAddress("127.0.0.1", "evil.example.com")).isEqualTo("127.0.0.1");
        assertThat(transport.clientAddress("127.0.0.1", "")).isEqualTo("127.0.0.1");
    }

    @Test
    void addresses_areCanonical_andHostNamesAreNotAddresses() {
        assertThat(ModerationConfig.canonicalAddress("::1")).isEqualTo(ModerationConfig.canonicalAddress("0:0:0:0:0:0:0:1"));
        assertThat(ModerationConfig.canonicalAddress("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(ModerationConfig.canonicalAddress("localhost")).isNull();
        assertThat(ModerationConfig.canonicalAddress("example.com")).isNull();
        assertThat(ModerationConfig.canonicalAddress("1.2.3")).isNull();
        assertThat(ModerationConfig.canonicalAddress("10.0.0.256")).isNull();
    }
}
