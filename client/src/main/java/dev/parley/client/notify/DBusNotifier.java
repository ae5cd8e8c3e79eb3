package dev.parley.client.notify;

import dev.parley.client.net.TaskExecutor;
import dev.parley.client.notify.FreedesktopNotifications.ActionInvoked;
import dev.parley.client.notify.FreedesktopNotifications.NotificationClosed;
import dev.parley.client.notify.FreedesktopNotifications.ServerInformation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.freedesktop.dbus.connections.impl.DBusConnection;
import org.freedesktop.dbus.connections.impl.DBusConnectionBuilder;
import org.freedesktop.dbus.exceptions.DBusException;
import org.freedesktop.dbus.exceptions.DBusExecutionException;
import org.freedesktop.dbus.types.UInt32;
import org.freedesktop.dbus.types.Variant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Native notifications on Linux: {@code org.freedesktop.Notifications.Notify} on the session
 * bus, through dbus-java. Each bubble carries a {@code default} action, so a click makes the
 * server emit {@code ActionInvoked}, which comes back to {@link #setOnActivated} on the UI
 * thread; {@code NotificationClosed} lets the notifier forget a bubble. A conversation has one
 * bubble at a time ({@code replaces_id}) and at most {@link #MAX_BUBBLES} conversations show at
 * once (see {@link BubbleBook}).
 *
 * <p>{@link #connect} takes the bus address, so tests point it at a private bus; the desktop
 * uses {@link #sessionBusAddress()}. It fails with {@link NotifierUnavailableException} when
 * there is no bus or nobody owns {@code org.freedesktop.Notifications}, and {@link Notifiers}
 * falls back. Calls to the server run on one daemon thread of the notifier's own, never on the
 * UI thread, in the order they were made (a replacement never overtakes its original).
 *
 * <p>The body is escaped ({@code & < >}) only when the server announces {@code body-markup}:
 * such a server would otherwise render a message's {@code <b>} as bold, while one without
 * markup support would show the entities literally. The summary is never markup.
 * The transport is the JDK's own unix socket; it cannot reach an abstract socket address
 * ({@code unix:abstract=…}), which then counts as "no bus".
 */
public final class DBusNotifier implements Notifier {
    /** The application name the server shows and groups by. */
    public static final String APP_NAME = "Parley";
    /** How many conversations may show a bubble at once. */
    public static final int MAX_BUBBLES = 5;
    /** The specification's category for a received instant message. */
    static final String CATEGORY = "im.received";
    private static final Logger LOG = LoggerFactory.getLogger(DBusNotifier.class);
    private static final byte URGENCY_NORMAL = 1;
    private static final int SERVER_DEFAULT_TIMEOUT = -1;
    private static final int CONNECT_TIMEOUT_MILLIS = 1000;

    private final DBusConnection connection;
    private final FreedesktopNotifications server;
    private final String serverName;
    private final boolean markup;
    private final boolean actions;
    private final TaskExecutor ui;
    private final Supplier<String> openLabel;
    private final BubbleBook book = new BubbleBook(MAX_BUBBLES);
    private final List<AutoCloseable> signalHandlers = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean failureLogged = new AtomicBoolean();
    private final ExecutorService calls = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-notify-dbus");
        t.setDaemon(true);
        return t;
    });
    private volatile Consumer<? super Notification> onActivated = n -> { };

    private DBusNotifier(DBusConnection connection, FreedesktopNotifications server, String serverName,
                         List<String> capabilities, TaskExecutor ui, Supplier<String> openLabel) {
        this.connection = connection;
        this.server = server;
        this.serverName = serverName;
        this.markup = capabilities.contains("body-markup");
        this.actions = capabilities.contains("actions");
        this.ui = ui;
        this.openLabel = openLabel;
    }

    /** The session bus of this desktop session, from {@code DBUS_SESSION_BUS_ADDRESS}, or null. */
    public static String sessionBusAddress() {
        return System.getenv("DBUS_SESSION_BUS_ADDRESS");
    }

    /**
     * Connects to the bus at {@code busAddress} and checks that a notification server is there.
     * Blocking (it asks the server for its name and capabilities): call it off the UI thread.
     *
     * @param ui        where clicks are delivered ({@link TaskExecutor#onUiThread})
     * @param openLabel the label of the click action, read on the thread that calls {@link #show}
     *                  (some servers, dunst for one, list it in a menu)
     */
    public static DBusNotifier connect(String busAddress, TaskExecutor ui, Supplier<String> openLabel)
            throws NotifierUnavailableException {
        String address = SessionBusAddress.usable(busAddress, System.getenv("XDG_RUNTIME_DIR"));
        DBusConnection connection;
        try {
            // dbus-java retries a refused connection every 500 ms for the transport timeout (10 s
            // by default); a bus that is not there should not hold up the start for that long.
            connection = DBusConnectionBuilder.forAddress(address).withShared(false)
                    .transportConfig().withTimeout(CONNECT_TIMEOUT_MILLIS).back()
                    .build();
        } catch (DBusException | RuntimeException e) {
            throw new NotifierUnavailableException("cannot connect to the session bus at " + address + ": " + e.getMessage(), e);
        }
        try {
            FreedesktopNotifications server = connection.getRemoteObject(
                    FreedesktopNotifications.BUS_NAME, FreedesktopNotifications.OBJECT_PATH, FreedesktopNotifications.class);
            ServerInformation<String, String, String, String> info = server.getServerInformation();
            List<String> capabilities = List.copyOf(server.getCapabilities());
            DBusNotifier notifier = new DBusNotifier(connection, server, info.name() + " " + info.version(),
                    capabilities, ui, openLabel);
            notifier.listen();
            if (!notifier.actions) {
                LOG.info("the notification server {} has no actions: a click on a notification cannot open its message",
                        notifier.serverName);
            }
            return notifier;
        } catch (DBusException | RuntimeException e) {
            // RuntimeException covers DBusExecutionException: ServiceUnknown when nobody owns the name
            closeQuietly(connection);
            throw new NotifierUnavailableException("no notification service on the session bus at " + address
                    + ": " + e.getMessage(), e);
        }
    }

    private void listen() throws DBusException {
        // Signals are handled on the call thread, after the calls made before them: a click on
        // a bubble whose Notify reply is still on its way then finds the bubble's id.
        signalHandlers.add(connection.addSigHandler(ActionInvoked.class, s -> onCallThread(() -> actionInvoked(s))));
        signalHandlers.add(connection.addSigHandler(NotificationClosed.class,
                s -> onCallThread(() -> book.closed(s.id().longValue()))));
    }

    @Override
    public void show(Notification notification) {
        if (closed.get()) {
            return;
        }
        String label = openLabel.get();
        onCallThread(() -> send(notification, label));
    }

    private void send(Notification n, String label) {
        try {
            long replaces = book.replacesIdFor(n.conversationId());
            List<String> actionList = actions ? List.of(FreedesktopNotifications.DEFAULT_ACTION, label) : List.of();
            // We play our own chime (NotificationSound, which the user can switch off): a second
            // sound from the server would double it.
            Map<String, Variant<?>> hints = Map.of(
                    "category", new Variant<>(CATEGORY),
                    "urgency", new Variant<>(URGENCY_NORMAL),
                    "suppress-sound", new Variant<>(Boolean.TRUE));
            String body = markup ? NotificationText.escapeMarkup(n.body()) : n.body();
            UInt32 id = server.sendNotify(APP_NAME, new UInt32(replaces), "", n.summary(), body, actionList, hints,
                    SERVER_DEFAULT_TIMEOUT);
            for (long old : book.shown(id.longValue(), n)) {
                server.closeNotification(new UInt32(old));
            }
        } catch (RuntimeException e) {
            // DBusExecutionException mostly: the server went away or refused the call
            failed("show a notification", e);
        }
    }

    private void actionInvoked(ActionInvoked signal) {
        if (!FreedesktopNotifications.DEFAULT_ACTION.equals(signal.actionKey())) {
            return;
        }
        Notification clicked = book.forId(signal.id().longValue());
        if (clicked != null) {
            ui.onUiThread(() -> onActivated.accept(clicked));
        }
    }

    private void onCallThread(Runnable task) {
        try {
            calls.execute(task);
        } catch (RejectedExecutionException e) {
            LOG.debug("notifier closed: call or signal ignored");
        }
    }

    @Override
    public void dismiss(long conversationId) {
        if (closed.get()) {
            return;
        }
        onCallThread(() -> {
            long id = book.remove(conversationId);
            if (id != 0) {
                try {
                    server.closeNotification(new UInt32(id));
                } catch (DBusExecutionException e) {
                    failed("close a notification", e);
                }
            }
        });
    }

    @Override
    public void setOnActivated(Consumer<? super Notification> handler) {
        onActivated = handler == null ? n -> { } : handler;
    }

    /** Stops listening; calls already made are sent first (waiting at most two seconds). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        calls.execute(() -> {
            for (AutoCloseable handler : signalHandlers) {
                try {
                    handler.close();
                } catch (Exception e) {
                    LOG.debug("removing a signal handler failed", e);
                }
            }
            closeQuietly(connection);
        });
        calls.shutdown();
        try {
            if (!calls.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.debug("D-Bus notifier still busy after two seconds; leaving its daemon thread");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's name and version, as it reported them. */
    public String serverName() {
        return serverName;
    }

    /** True when the server renders markup in bodies (and so gets them escaped). */
    public boolean bodyMarkup() {
        return markup;
    }

    @Override
    public String toString() {
        return "D-Bus notifications (" + serverName + ")";
    }

    private void failed(String what, RuntimeException e) {
        // A server that went away fails every call: one warning, not one per message.
        if (failureLogged.compareAndSet(false, true)) {
            LOG.warn("cannot {} through D-Bus ({}): {}; later failures are logged at DEBUG", what, serverName, e.toString());
        } else {
            LOG.debug("cannot {} through D-Bus", what, e);
        }
    }

    private static void closeQuietly(DBusConnection connection) {
        try {
            connection.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the D-Bus connection failed", e);
        }
    }
}
