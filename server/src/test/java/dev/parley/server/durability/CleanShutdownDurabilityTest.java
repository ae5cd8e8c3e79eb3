package dev.parley.server.durability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.client.ParleyClient;
import dev.parley.protocol.client.ParleyConnector;
import dev.parley.server.ParleyServer;
import dev.parley.server.config.ServerConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A clean shutdown (what SIGTERM runs) in the middle of a stream of sends: every send that got
 * an {@code ok} is stored exactly once after a restart, and the sends that did not get one fail
 * (connection closed or {@code internal}) rather than hang.
 */
class CleanShutdownDurabilityTest {
    @TempDir
    Path data;

    @Test
    void shutdownMidStream_keepsEveryAcknowledgedMessage_andAnswersOrFailsTheRest() throws Exception {
        ServerConfig config = ServerConfig.loopback(data);
        ParleyServer server = ParleyServer.start(config);
        int port = server.port();
        ParleyConnector connector = new ParleyConnector();
        List<ParleyClient> clients = new ArrayList<>();
        long room = 0;
        for (int i = 0; i < 3; i++) {
            ParleyClient c = connector.connect(server.address());
            c.hello("shutdown");
            c.register("sender" + i, "correct horse");
            room = c.rooms().rooms().get(0).id();
            clients.add(c);
        }
        AcknowledgedStream stream = new AcknowledgedStream(clients, room);
        stream.awaitAcknowledged(1_500);
        int inFlightAtStop = stream.inFlight();
        server.close();
        stream.stop();
        // every request got its answer or its failure: nothing hangs past the client's timeout
        int unanswered = stream.awaitSettled();
        assertThat(inFlightAtStop).as("sends in flight at the stop").isPositive();
        assertThat(unanswered).as("requests never answered nor failed").isZero();
        Set<String> acknowledged = stream.acknowledged();

        Map<String, Integer> stored;
        try (ParleyServer restarted = ParleyServer.start(config.withPort(port))) {
            ParleyClient reader = connector.connect(restarted.address());
            reader.hello("reader");
            reader.login("sender0", "correct horse");
            stored = AcknowledgedStream.storedCopies(reader, room);
            reader.close();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(1_500);
        assertThat(acknowledged).allSatisfy(text -> assertThat(stored.get(text)).as("copies of %s", text).isEqualTo(1));
        assertThat(stored.values()).allSatisfy(copies -> assertThat(copies).isEqualTo(1));
    }
}
