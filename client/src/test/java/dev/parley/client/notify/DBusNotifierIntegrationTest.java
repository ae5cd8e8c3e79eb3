package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parley.client.i18n.Localization;
import dev.parley.client.notify.RecordingNotificationService.RecordedNotification;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.freedesktop.dbus.types.Variant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link DBusNotifier} against a real {@code dbus-daemon} on a private bus, with a recording
 * {@code org.freedesktop.Notifications} service on it ({@link PrivateSessionBus}, {@link
 * RecordingNotificationService}): what arrives there is what a desktop's notification server
 * would get, and the clicks the service emits are the signals a real server sends. Skipped
 * without dbus-daemon, unless {@code PARLEY_REQUIRE_DBUS=1} (CI), which makes it fail instead.
 */
class DBusNotifierIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    private PrivateSessionBus bus;
    private RecordingNotificationService service;
    private DBusNotifier notifier;
    private final QueuedUiExecutor ui = new QueuedUiExecutor();
    private final List<Notification> activated = new ArrayList<>();

    @BeforeEach
    void startBus() throws Exception {
        PrivateSessionBus.assumeInstalled();
        bus = PrivateSessionBus.start(dir);
    }

    @AfterEach
    void stopBus() throws Exception {
        if (notifier != null) {
            notifier.close();
        }
        if (service != null) {
            service.close();
        }
        if (bus != null) {
            bus.close();
        }
    }

    private void connect(List<String> capabilities) throws Exception {
        service = RecordingNotificationService.register(bus.address(), capabilities);
        notifier = DBusNotifier.connect(bus.address(), ui, () -> "Open");
        notifier.setOnActivated(activated::add);
    }

    @Test
    void show_sendsAppNameSummaryAndEscapedBody_andAClickComesBackOnTheUiThreadWithItsIds() throws Exception {
        connect(RecordingNotificationService.DEFAULT_CAPABILITIES);

        notifier.show(new Notification(7, 4242, "Ania in #general", "Fish & chips <b>now</b> > later"));

        RecordedNotification shown = service.awaitNotification(WAIT);
        assertThat(shown.appName()).isEqualTo("Parley");
        assertThat(shown.summary()).isEqualTo("Ania in #general");
        assertThat(shown.body()).isEqualTo("Fish &amp; chips &lt;b&gt;now&lt;/b&gt; &gt; later");
        assertThat(shown.replacesId()).isZero();
        assertThat(shown.actions()).containsExactly("default", "Open");
        assertThat(shown.hints()).extractingByKey("category").extracting(Variant::getValue).isEqualTo("im.received");
        assertThat(shown.expireTimeout()).isEqualTo(-1);

        service.emitActionInvoked(shown.id());

        ui.runNext(WAIT);
        assertThat(activated).singleElement().satisfies(n -> {
            assertThat(n.conversationId()).isEqualTo(7);
            assertThat(n.messageId()).isEqualTo(4242);
        });
    }

    @Test
    void show_serverWithoutBodyMarkup_getsThePlainTextUnescaped() throws Exception {
        connect(List.of("actions", "body"));

        notifier.show(new Notification(1, 2, "Bob", "a < b & c > d"));

        assertThat(service.awaitNotification(WAIT).body()).isEqualTo("a < b & c > d");
        assertThat(notifier.bodyMarkup()).isFalse();
    }

    @Test
    void show_serverWithoutActions_offersNoAction() throws Exception {
        connect(List.of("body"));

        notifier.show(new Notification(1, 2, "Bob", "hi"));

        assertThat(service.awaitNotification(WAIT).actions()).isEmpty();
    }

    @Test
    void show_longBody_isShortenedTo200CodePoints() throws Exception {
        connect(List.of("actions", "body"));

        notifier.show(new Notification(1, 2, "Bob", "\uD83D\uDE00".repeat(300)));

        String body = service.awaitNotification(WAIT).body();
        assertThat(body.codePointCount(0, body.length())).isEqualTo(200);
        assertThat(body).endsWith("\u2026");
    }

    @Test
    void show_nextMessageOfTheSameConversation_replacesItsBubble_andAClickOpensTheNewestMessage() throws Exception {
        connect(RecordingNotificationService.DEFAULT_CAPABILITIES);

        notifier.show(new Notification(7, 1, "Ania in #general", "first"));
        RecordedNotification first = service.awaitNotification(WAIT);
        notifier.show(new Notification(7, 2, "Ania in #general", "second"));
        RecordedNotification second = service.awaitNotification(WAIT);
        notifier.show(new Notification(8, 3, "Bob in #random", "elsewhere"));
        RecordedNotification other = service.awaitNotification(WAIT);

        assertThat(second.replacesId()).isEqualTo(first.id());
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(other.replacesId()).isZero();
        assertThat(other.id()).isNotEqualTo(first.id());

        service.emitActionInvoked(second.id());
        ui.runNext(WAIT);
        assertThat(activated).singleElement().extracting(Notification::messageId).isEqualTo(2L);
    }

    @Test
    void show_moreConversationsThanTheCap_closesTheOldestBubble() throws Exception {
        connect(RecordingNotificationService.DEFAULT_CAPABILITIES);
        List<Long> ids = new ArrayList<>();

        for (int room = 1; room <= DBusNotifier.MAX_BUBBLES + 1; room++) {
            notifier.show(new Notification(room, room * 10L, "room " + room, "text"));
            ids.add(service.awaitNotification(WAIT).id());
        }
        // A call made after the overflow is answered after the CloseNotification it caused. It
        // replaces the newest conversation's bubble, so it causes no overflow of its own (a new
        // conversation would close the second-oldest bubble too, racing the assertion).
        int newest = DBusNotifier.MAX_BUBBLES + 1;
        notifier.show(new Notification(newest, newest * 10L + 1, "room " + newest, "again"));
        service.awaitNotification(WAIT);

        assertThat(service.closedByClient()).containsExactly(ids.get(0));
    }

    @Test
    void dismiss_withdrawsTheBubbleOfThatConversation() throws Exception {
        connect(RecordingNotificationService.DEFAULT_CAPABILITIES);
        notifier.show(new Notification(7, 1, "Ania", "first"));
        RecordedNotification shown = service.awaitNotification(WAIT);

        notifier.dismiss(7);
        notifier.show(new Notification(7, 2, "Ania", "again"));

        RecordedNotification again = service.awaitNotification(WAIT);
        assertThat(service.closedByClient()).containsExactly(shown.id());
        assertThat(again.replacesId()).as("a dismissed bubble is not replaced but shown anew").isZero();
    }

    @Test
    void notificationClosed_forgetsTheBubble_soAClickOnItIsIgnoredAndTheNextMessageGetsANewOne() throws Exception {
        connect(RecordingNotificationService.DEFAULT_CAPABILITIES);
        notifier.show(new Notification(7, 1, "Ania", "first"));
        RecordedNotification gone = service.awaitNotification(WAIT);
        notifier.show(new Notification(8, 5, "Bob", "other"));
        RecordedNotification kept = service.awaitNotification(WAIT);

        service.emitClosed(gone.id(), 2);
        service.emitActionInvoked(gone.id());
        service.emitActionInvoked(kept.id());

        // Signals arrive in order: had the forgotten click counted, it would be first.
        ui.runNext(WAIT);
        assertThat(activated).singleElement().extracting(Notification::messageId).isEqualTo(5L);
        notifier.show(new Notification(7, 3, "Ania", "later"));
        assertThat(service.awaitNotification(WAIT).replacesId()).isZero();
    }

    @Test
    void choose_linuxWithTheServiceOnTheBus_picksTheDBusNotifier() throws Exception {
        service = RecordingNotificationService.register(bus.address());

        try (Notifier chosen = Notifiers.choose("Linux", bus.address(),
                address -> DBusNotifier.connect(address, ui, () -> "Open"), Optional::empty)) {
            assertThat(chosen).isInstanceOf(DBusNotifier.class);
            assertThat(((DBusNotifier) chosen).serverName()).isEqualTo("parley-recorder 1.0");
        }
    }

    @Test
    void forThisDesktop_onLinuxWithAGivenBus_usesItsNotificationService_withTheOpenLabelFromTheBundle() throws Exception {
        assumeTrue(Notifiers.usesFreedesktopNotifications(System.getProperty("os.name")));
        service = RecordingNotificationService.register(bus.address());

        try (Notifier chosen = Notifiers.forThisDesktop(ui, new Localization(Locale.forLanguageTag("pl")),
                Optional.empty(), bus.address())) {
            chosen.show(new Notification(1, 2, "Ania", "cześć"));
            assertThat(service.awaitNotification(WAIT).actions()).containsExactly("default", "Otwórz");
        }
    }

    @Test
    void choose_linuxWithABusButNoService_fallsBackToTheNextNotifier() {
        Notifier chosen = Notifiers.choose("Linux", bus.address(),
                address -> DBusNotifier.connect(address, ui, () -> "Open"), Optional::empty);

        assertThat(chosen).isInstanceOf(NoOpNotifier.class);
    }

    @Test
    void connect_busWithoutANotificationService_isUnavailable() {
        assertThatThrownBy(() -> DBusNotifier.connect(bus.address(), ui, () -> "Open"))
                .isInstanceOf(NotifierUnavailableException.class)
                .hasMessageContaining("no notification service");
    }
}
