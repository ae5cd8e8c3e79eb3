package dev.parley.client.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.net.ManualClock;
import dev.parley.client.net.SameThreadTaskExecutor;
import dev.parley.client.prefs.NotificationPreferences;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hub and the menu's ViewModel around the centre, with a recording notifier and sound output. */
class NotificationHubTest {
    @TempDir
    Path config;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T09:30:00Z"));
    private final RecordingNotifier notifier = new RecordingNotifier();
    private final List<Notification> opened = new ArrayList<>();
    private int chimes;
    private NotificationCenter center;
    private NotificationPreferences preferences;
    private NotificationHub hub;

    @BeforeEach
    void build() {
        center = new NotificationCenter(clock);
        SoundOutput output = new SoundOutput() {
            @Override
            public void play() {
                chimes++;
            }

            @Override
            public void close() {
                // nothing held
            }
        };
        preferences = new NotificationPreferences(config);
        hub = new NotificationHub(notifier, center, new NotificationSound(preferences, clock, output));
        hub.setOnOpen(opened::add);
    }

    @Test
    void post_showsOnTheDesktop_listsIt_andChimes() {
        Notification n = new Notification(7, 70, "Ania in #general", "hi");

        hub.post(n);

        assertThat(notifier.shown).containsExactly(n);
        assertThat(center.entries()).extracting(NotificationEntry::notification).containsExactly(n);
        assertThat(chimes).isEqualTo(1);
    }

    @Test
    void aClickOnTheDesktopNotification_opensItsMessage_andMarksItsEntryRead() {
        Notification n = new Notification(7, 70, "Ania in #general", "hi");
        hub.post(n);

        notifier.click(n);

        assertThat(opened).containsExactly(n);
        assertThat(center.unreadCountProperty().get()).isZero();
    }

    @Test
    void aClickOnTheListEntry_opensItsMessage() {
        hub.post(new Notification(7, 70, "Ania in #general", "hi"));
        NotificationMenuViewModel vm = new NotificationMenuViewModel(center, preferences,
                new SameThreadTaskExecutor());

        vm.open(vm.entries().get(0));

        assertThat(opened).extracting(Notification::messageId).containsExactly(70L);
        assertThat(vm.unreadCountProperty().get()).isZero();
    }

    @Test
    void conversationRead_marksItsEntriesRead_andWithdrawsItsBubble() {
        hub.post(new Notification(7, 70, "Ania", "hi"));
        hub.post(new Notification(8, 80, "Bob", "yo"));

        hub.conversationRead(7);

        assertThat(notifier.dismissed).containsExactly(7L);
        assertThat(center.unreadCountProperty().get()).isEqualTo(1);
    }

    @Test
    void menuViewModel_soundSwitchedOff_isSaved_andSilencesTheNextNotification() {
        NotificationMenuViewModel vm = new NotificationMenuViewModel(center, preferences,
                new SameThreadTaskExecutor());
        assertThat(vm.soundEnabledProperty().get()).isTrue();

        vm.soundEnabledProperty().set(false);

        assertThat(new NotificationPreferences(config).soundEnabled()).isFalse();
        hub.post(new Notification(7, 70, "Ania", "hi"));
        assertThat(chimes).isZero();
        assertThat(notifier.shown).as("the bubble still shows").hasSize(1);
    }

    private static final class RecordingNotifier implements Notifier {
        final List<Notification> shown = new ArrayList<>();
        final List<Long> dismissed = new ArrayList<>();
        Consumer<? super Notification> handler = n -> { };

        @Override
        public void show(Notification notification) {
            shown.add(notification);
        }

        @Override
        public void dismiss(long conversationId) {
            dismissed.add(conversationId);
        }

        @Override
        public void setOnActivated(Consumer<? super Notification> h) {
            handler = h;
        }

        void click(Notification n) {
            handler.accept(n);
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
