package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which notifier the factory picks, by system and by what is there; the D-Bus side is also tried for real. */
class NotifiersTest {
    private final List<String> dbusAddresses = new ArrayList<>();
    private final Notifier fromDbus = new NoOpNotifier();
    private final Notifier fromTray = new NoOpNotifier();

    private Notifiers.DBusConnector dbusWorks() {
        return address -> {
            dbusAddresses.add(address);
            return fromDbus;
        };
    }

    private Notifiers.DBusConnector dbusMissing() {
        return address -> {
            dbusAddresses.add(address);
            throw new NotifierUnavailableException("no notification service");
        };
    }

    @Test
    void choose_linuxWithANotificationService_usesDBusOnTheGivenBus() {
        Notifier chosen = Notifiers.choose("Linux", "unix:path=/run/user/1000/bus", dbusWorks(), () -> Optional.of(fromTray));

        assertThat(chosen).isSameAs(fromDbus);
        assertThat(dbusAddresses).containsExactly("unix:path=/run/user/1000/bus");
    }

    @Test
    void choose_linuxWithoutANotificationService_fallsBackToTheTray() {
        Notifier chosen = Notifiers.choose("Linux", "unix:path=/nowhere", dbusMissing(), () -> Optional.of(fromTray));

        assertThat(chosen).isSameAs(fromTray);
    }

    @Test
    void choose_linuxWithNeither_isTheNoOpNotifier() {
        Notifier chosen = Notifiers.choose("Linux", null, dbusMissing(), Optional::empty);

        assertThat(chosen).isInstanceOf(NoOpNotifier.class);
    }

    @Test
    void choose_windowsAndMacOs_useTheTray_andNeverAskDBus() {
        assertThat(Notifiers.choose("Windows 11", "unix:path=/x", dbusWorks(), () -> Optional.of(fromTray))).isSameAs(fromTray);
        assertThat(Notifiers.choose("Mac OS X", "unix:path=/x", dbusWorks(), () -> Optional.of(fromTray))).isSameAs(fromTray);
        assertThat(Notifiers.choose("Mac OS X", "unix:path=/x", dbusWorks(), Optional::empty)).isInstanceOf(NoOpNotifier.class);

        assertThat(dbusAddresses).isEmpty();
    }

    @Test
    void choose_freeBsd_triesDBus() {
        assertThat(Notifiers.choose("FreeBSD", "unix:path=/x", dbusWorks(), Optional::empty)).isSameAs(fromDbus);
    }

    @Test
    void dbusConnect_noAddress_isUnavailable() {
        assertThatThrownBy(() -> DBusNotifier.connect(null, new QueuedUiExecutor(), () -> "Open"))
                .isInstanceOf(NotifierUnavailableException.class).hasMessageContaining("DBUS_SESSION_BUS_ADDRESS");
    }

    @Test
    void dbusConnect_noBusAtTheAddress_isUnavailable(@TempDir Path dir) {
        Path socket = dir.resolve("no-bus-here");

        assertThatThrownBy(() -> DBusNotifier.connect("unix:path=" + socket, new QueuedUiExecutor(), () -> "Open"))
                .isInstanceOf(NotifierUnavailableException.class).hasMessageContaining("no bus socket at " + socket);
    }

    @Test
    void dbusConnect_abstractSocketAddress_isUnavailable() {
        assertThatThrownBy(() -> DBusNotifier.connect("unix:abstract=/tmp/dbus-test", new QueuedUiExecutor(), () -> "Open"))
                .isInstanceOf(NotifierUnavailableException.class).hasMessageContaining("abstract socket");
    }

    @Test
    void dbusConnect_aSocketThatIsNoBus_isUnavailable(@TempDir Path dir) throws Exception {
        Path notABus = java.nio.file.Files.writeString(dir.resolve("plain-file"), "x");

        assertThatThrownBy(() -> DBusNotifier.connect("unix:path=" + notABus, new QueuedUiExecutor(), () -> "Open"))
                .isInstanceOf(NotifierUnavailableException.class).hasMessageContaining("cannot connect");
    }

    @Test
    void chooseWithTheRealConnector_unreachableBus_fallsBackQuietly(@TempDir Path dir) {
        Notifier chosen = Notifiers.choose("Linux", "unix:path=" + dir.resolve("none"),
                address -> DBusNotifier.connect(address, new QueuedUiExecutor(), () -> "Open"), Optional::empty);

        assertThat(chosen).isInstanceOf(NoOpNotifier.class);
    }
}
