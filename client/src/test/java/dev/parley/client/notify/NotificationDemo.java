package dev.parley.client.notify;

import dev.parley.client.net.SameThreadTaskExecutor;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A manual check with a real notification server, not a test: shows one notification through
 * {@link DBusNotifier} on the session bus ({@code DBUS_SESSION_BUS_ADDRESS}) and waits up to a
 * minute for it to be clicked. Exits 0 when the click came back with the right ids, 1 when it
 * did not, 2 when there is no notification service. {@code docs/notification-screenshot.sh}
 * runs it under Xvfb with dunst and takes the picture for {@code docs/notification.png}.
 */
public final class NotificationDemo {
    private NotificationDemo() {
    }

    public static void main(String[] args) throws Exception {
        DBusNotifier notifier;
        try {
            notifier = DBusNotifier.connect(DBusNotifier.sessionBusAddress(), new SameThreadTaskExecutor(), () -> "Open");
        } catch (NotifierUnavailableException e) {
            System.err.println("no notification service: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch clicked = new CountDownLatch(1);
        AtomicReference<Notification> got = new AtomicReference<>();
        notifier.setOnActivated(n -> {
            got.set(n);
            clicked.countDown();
        });
        notifier.show(new Notification(7, 4242, "Ania in #general",
                "Lunch at 12? The new place on Mazowiecka has <great> pierogi & soup."));
        System.err.println("shown through " + notifier.serverName() + "; waiting for a click");
        boolean ok = clicked.await(60, TimeUnit.SECONDS)
                && got.get().conversationId() == 7 && got.get().messageId() == 4242;
        System.err.println(ok ? "clicked: conversation 7, message 4242" : "no click within a minute");
        notifier.close();
        System.exit(ok ? 0 : 1);
    }
}
