package dev.parley.client.notify;

import java.util.List;
import java.util.Map;
import org.freedesktop.dbus.Tuple;
import org.freedesktop.dbus.annotations.DBusInterfaceName;
import org.freedesktop.dbus.annotations.DBusMemberName;
import org.freedesktop.dbus.annotations.Position;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.interfaces.DBusInterface;
import org.freedesktop.dbus.messages.DBusSignal;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * The D-Bus interface {@code org.freedesktop.Notifications} (Desktop Notifications
 * Specification 1.2) as dbus-java sees it: the methods {@link DBusNotifier} calls on the
 * notification server, and the two signals it listens to. The test's recording server
 * implements the same interface, so both ends agree on the wire types by construction.
 */
@DBusInterfaceName(FreedesktopNotifications.BUS_NAME)
public interface FreedesktopNotifications extends DBusInterface {
    String BUS_NAME = "org.freedesktop.Notifications";
    String OBJECT_PATH = "/org/freedesktop/Notifications";
    /** The action every desktop runs on a click on the bubble itself. */
    String DEFAULT_ACTION = "default";

    /**
     * {@code Notify(susssasa{sv}i) → u}: shows a bubble (or replaces {@code replacesId}), returns
     * its id. Not called {@code notify} in Java: dbus-java's proxy takes that name for
     * {@link Object#notify()} and never sends the call.
     */
    @DBusMemberName("Notify")
    UInt32 sendNotify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                  List<String> actions, Map<String, Variant<?>> hints, int expireTimeout);

    /** {@code CloseNotification(u)}: withdraws a bubble. */
    @DBusMemberName("CloseNotification")
    void closeNotification(UInt32 id);

    /** {@code GetCapabilities() → as}: what the server supports ({@code actions}, {@code body-markup}, …). */
    @DBusMemberName("GetCapabilities")
    List<String> getCapabilities();

    /** {@code GetServerInformation() → (ssss)}: name, vendor, version, specification version. */
    @DBusMemberName("GetServerInformation")
    ServerInformation<String, String, String, String> getServerInformation();

    /**
     * The four strings {@code GetServerInformation} returns. Generic because dbus-java reads
     * the D-Bus types of a multi-value reply from the type arguments.
     */
    final class ServerInformation<N, V, R, S> extends Tuple {
        @Position(0)
        private final N name;
        @Position(1)
        private final V vendor;
        @Position(2)
        private final R version;
        @Position(3)
        private final S specVersion;

        public ServerInformation(N name, V vendor, R version, S specVersion) {
            this.name = name;
            this.vendor = vendor;
            this.version = version;
            this.specVersion = specVersion;
        }

        public N name() {
            return name;
        }

        public V vendor() {
            return vendor;
        }

        public R version() {
            return version;
        }

        public S specVersion() {
            return specVersion;
        }
    }

    /** Signal {@code ActionInvoked(u id, s actionKey)}: the user clicked the bubble or one of its actions. */
    final class ActionInvoked extends DBusSignal {
        private final UInt32 id;
        private final String actionKey;

        public ActionInvoked(String path, UInt32 id, String actionKey) throws DBusException {
            super(path, id, actionKey);
            this.id = id;
            this.actionKey = actionKey;
        }

        public UInt32 id() {
            return id;
        }

        public String actionKey() {
            return actionKey;
        }
    }

    /** Signal {@code NotificationClosed(u id, u reason)}: the bubble is gone (expired, dismissed, closed). */
    final class NotificationClosed extends DBusSignal {
        private final UInt32 id;
        private final UInt32 reason;

        public NotificationClosed(String path, UInt32 id, UInt32 reason) throws DBusException {
            super(path, id, reason);
            this.id = id;
            this.reason = reason;
        }

        public UInt32 id() {
            return id;
        }

        public UInt32 reason() {
            return reason;
        }
    }
}
