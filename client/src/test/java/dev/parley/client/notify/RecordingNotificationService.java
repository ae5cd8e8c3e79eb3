package dev.parley.client.notify;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;

/**
 * Test fixture: a small notification server on a (private) bus. It owns
 * {@code org.freedesktop.Notifications}, answers {@code Notify} like a real server (new ids
 * from 1, {@code replaces_id} keeps the id), records every call, and can play the user: {@link
 * #emitActionInvoked} is a click on a bubble, {@link #emitClosed} a bubble going away. The
 * capabilities are chosen by the test ({@code body-markup} decides whether bodies get escaped).
 * Close it before the bus.
 */
public final class RecordingNotificationService implements FreedesktopNotifications, AutoCloseable {
    /** What a server like dunst announces. */
    public static final List<String> DEFAULT_CAPABILITIES = List.of("actions", "body", "body-markup", "persistence");
    /** One {@code Notify} call as it arrived, with the id the service answered. */
    public record RecordedNotification(long id, String appName, long replacesId, String appIcon, String summary,
                                       String body, List<String> actions, Map<String, Variant<?>> hints,
                                       int expireTimeout) {
    }

    private final DBusConnection connection;
    private final List<String> capabilities;
    private final AtomicLong ids = new AtomicLong();
    private final List<RecordedNotification> recorded = new CopyOnWriteArrayList<>();
    private final BlockingQueue<RecordedNotification> arrivals = new LinkedBlockingQueue<>();
    private final List<Long> closedByClient = new CopyOnWriteArrayList<>();

    private RecordingNotificationService(DBusConnection connection, List<String> capabilities) {
        this.connection = connection;
        this.capabilities = List.copyOf(capabilities);
    }

    /** Registers a service with {@link #DEFAULT_CAPABILITIES} on the bus at {@code address}. */
    public static RecordingNotificationService register(String address) throws DBusException {
        return register(address, DEFAULT_CAPABILITIES);
    }

    public static RecordingNotificationService register(String address, List<String> capabilities) throws DBusException {
        DBusConnection connection = DBusConnectionBuilder.forAddress(address).withShared(false).build();
        RecordingNotificationService service = new RecordingNotificationService(connection, capabilities);
        connection.exportObject(OBJECT_PATH, service);
        connection.requestBusName(BUS_NAME);
        return service;
    }

    @Override
    public UInt32 sendNotify(String appName, UInt32 replacesId, String appIcon, String summary, String body,
                         List<String> actions, Map<String, Variant<?>> hints, int expireTimeout) {
        long id = replacesId.longValue() != 0 ? replacesId.longValue() : ids.incrementAndGet();
        RecordedNotification n = new RecordedNotification(id, appName, replacesId.longValue(), appIcon, summary, body,
                List.copyOf(actions), Map.copyOf(hints), expireTimeout);
        recorded.add(n);
        arrivals.add(n);
        return new UInt32(id);
    }

    @Override
    public void closeNotification(UInt32 id) {
        closedByClient.add(id.longValue());
    }

    @Override
    public List<String> getCapabilities() {
        return capabilities;
    }

    @Override
    public ServerInformation<String, String, String, String> getServerInformation() {
        return new ServerInformation<>("parley-recorder", "Parley tests", "1.0", "1.2");
    }

    @Override
    public String getObjectPath() {
        return OBJECT_PATH;
    }

    @Override
    public boolean isRemote() {
        return false;
    }

    /** Every {@code Notify} call so far, oldest first. */
    public List<RecordedNotification> recorded() {
        return new ArrayList<>(recorded);
    }

    /** The ids the client withdrew with {@code CloseNotification}, in order. */
    public List<Long> closedByClient() {
        return new ArrayList<>(closedByClient);
    }

    /** The next {@code Notify} call not yet taken, waiting up to {@code timeout}; fails when none comes. */
    public RecordedNotification awaitNotification(Duration timeout) throws InterruptedException {
        RecordedNotification n = arrivals.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (n == null) {
            throw new AssertionError("no Notify call within " + timeout + "; recorded so far: " + recorded);
        }
        return n;
    }

    /** Plays a click on bubble {@code id}: emits {@code ActionInvoked(id, "default")}. */
    public void emitActionInvoked(long id) throws DBusException {
        connection.sendMessage(new ActionInvoked(OBJECT_PATH, new UInt32(id), DEFAULT_ACTION));
    }

    /** Emits {@code NotificationClosed(id, reason)} (1 expired, 2 dismissed by the user, 3 closed by a call). */
    public void emitClosed(long id, int reason) throws DBusException {
        connection.sendMessage(new NotificationClosed(OBJECT_PATH, new UInt32(id), new UInt32(reason)));
    }

    @Override
    public void close() throws IOException {
        connection.close();
    }
}
