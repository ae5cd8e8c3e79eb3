package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionBusAddressTest {
    @TempDir
    Path dir;

    @Test
    void usable_existingSocketPath_isKeptWithItsGuid() throws Exception {
        Path bus = Files.createFile(dir.resolve("bus"));

        assertThat(SessionBusAddress.usable("unix:path=" + bus + ",guid=abc123", null))
                .isEqualTo("unix:path=" + bus + ",guid=abc123");
    }

    @Test
    void usable_skipsAnAbstractAndAMissingAddress_forTheNextGoodOne() throws Exception {
        Path bus = Files.createFile(dir.resolve("bus"));

        assertThat(SessionBusAddress.usable("unix:abstract=/tmp/dbus-x;unix:path=/nope/bus;unix:path=" + bus, null))
                .isEqualTo("unix:path=" + bus);
    }

    @Test
    void usable_runtimeYes_isTheBusInXdgRuntimeDir() throws Exception {
        Path bus = Files.createFile(dir.resolve("bus"));

        assertThat(SessionBusAddress.usable("unix:runtime=yes", dir.toString())).isEqualTo("unix:path=" + bus);
    }

    @Test
    void usable_escapedPath_isUnescaped() throws Exception {
        Path bus = Files.createFile(dir.resolve("my bus"));

        assertThat(SessionBusAddress.usable("unix:path=" + dir + "/my%20bus", null)).isEqualTo("unix:path=" + bus);
    }

    @Test
    void usable_tcp_isPassedOn() throws Exception {
        assertThat(SessionBusAddress.usable("tcp:host=127.0.0.1,port=4000", null)).isEqualTo("tcp:host=127.0.0.1,port=4000");
    }

    @Test
    void usable_nothingUsable_saysWhyForEachAddress() {
        assertThatThrownBy(() -> SessionBusAddress.usable("unix:abstract=/tmp/x;unix:path=/nope/bus;launchd:env=X", null))
                .isInstanceOf(NotifierUnavailableException.class)
                .hasMessageContaining("abstract socket addresses are not supported")
                .hasMessageContaining("no bus socket at /nope/bus")
                .hasMessageContaining("unsupported transport launchd:env=X");
    }

    @Test
    void usable_unset_isNoSessionBus() {
        assertThatThrownBy(() -> SessionBusAddress.usable(" ", null)).isInstanceOf(NotifierUnavailableException.class)
                .hasMessageContaining("DBUS_SESSION_BUS_ADDRESS is not set");
    }
}
