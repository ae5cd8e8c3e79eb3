package dev.parley.client.net;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.websocket.CloseReason;
import org.junit.jupiter.api.Test;

class ServerConnectionTest {

    @Test
    void isSessionEnded_trueOnlyForTheSessionEndedCloseCode() {
        assertThat(ServerConnection.isSessionEnded(new CloseReason(CloseReason.CloseCodes.getCloseCode(4001), "session ended"))).isTrue();
        assertThat(ServerConnection.isSessionEnded(new CloseReason(CloseReason.CloseCodes.getCloseCode(4000), "login timeout"))).isFalse();
        assertThat(ServerConnection.isSessionEnded(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "bye"))).isFalse();
    }
}
